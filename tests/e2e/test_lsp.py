"""`ascribe lsp` driven by a real LSP client library (pytest-lsp), with a
Neovim client's capabilities: the seed-like golden article opened,
checked, fixed through a code action, hovered and edited.

Run by .ci/lsp-e2e.sh, which sets ASCRIBE_BIN to the binary under test.
"""

import json
import os
import pathlib
import subprocess

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = pathlib.Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "golden/articles/seed-like-caption-bracket-and-unclosed-quote.txt"
BIN = os.environ.get("ASCRIBE_BIN", str(ROOT / "target/debug/ascribe"))


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BIN, "lsp"]))
async def client(lsp_client: LanguageClient):
    params = types.InitializeParams(capabilities=client_capabilities("neovim"))
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


async def diagnostics(client: LanguageClient, uri: str, version: int):
    """The diagnostics published for `version` of `uri`."""
    while True:
        params = await client.wait_for_notification("textDocument/publishDiagnostics")
        if params.uri == uri and params.version == version:
            return params.diagnostics


def codes(diags):
    return sorted(d.code for d in diags)


def cli_codes(path: pathlib.Path):
    """The rules `ascribe check` reports on `path`: what CI would show."""
    out = subprocess.run(
        [BIN, "check", "--format", "json", str(path)], capture_output=True, text=True
    )
    return sorted(f["rule"] for f in json.loads(out.stdout)["files"][0]["findings"])


def apply(text: str, edit: types.TextEdit) -> str:
    """Applies one edit (UTF-16 columns; the article is ASCII) to `text`."""
    lines = text.split("\n")
    def offset(p):
        return sum(len(l) + 1 for l in lines[: p.line]) + p.character
    a, b = offset(edit.range.start), offset(edit.range.end)
    return text[:a] + edit.new_text + text[b:]


@pytest.mark.asyncio
async def test_open_fix_hover_edit(client: LanguageClient):
    text = ARTICLE.read_text()
    uri = ARTICLE.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="text", version=1, text=text
            )
        )
    )
    diags = await diagnostics(client, uri, 1)
    # The editor shows what the command line reports, and the steps below
    # need the article's two unclosed quotations and bracket findings.
    assert codes(diags) == cli_codes(ARTICLE)
    assert codes(diags).count("quotes.unclosed") == 2
    assert codes(diags).count("brackets.unbalanced") == 2
    unclosed = [d for d in diags if d.code == "quotes.unclosed"]
    assert unclosed[0].range.start == types.Position(line=6, character=39)
    assert all(d.source == "ascribe" for d in diags)

    # The suppress action on the first unclosed quotation, applied.
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=unclosed[0].range,
            context=types.CodeActionContext(diagnostics=[unclosed[0]]),
        )
    )
    suppress = next(a for a in actions if a.title == "Suppress quotes.unclosed on this line")
    text = apply(text, suppress.edit.changes[uri][0])
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )
    diags = await diagnostics(client, uri, 2)
    assert codes(diags).count("quotes.unclosed") == 1

    # Hover a quotation: its speaker. The suppression moved it a line down.
    line = text.split("\n").index(next(l for l in text.split("\n") if "a practical deal" in l))
    column = text.split("\n")[line].index("a practical deal")
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=line, character=column),
        )
    )
    assert "**Ines Vallory**, named" in hover.contents.value

    # Close the last quotation with an incremental change.
    last = [l for l in text.split("\n")].index(
        next(l for l in text.split("\n") if "good for taxpayers," in l)
    )
    column = text.split("\n")[last].index("good for taxpayers,") + len("good for taxpayers,")
    at = types.Position(line=last, character=column)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=3),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(start=at, end=at), text='"'
                )
            ],
        )
    )
    diags = await diagnostics(client, uri, 3)
    assert "quotes.unclosed" not in codes(diags)
    assert codes(diags).count("brackets.unbalanced") == 2

    # The outline: each source once.
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert [s.name for s in symbols] == ["Tomas Grieve", "Ines Vallory"]
    assert len(symbols[0].children) == 2
