//! `ascribe lsp` driven over its standard input and output, as an editor
//! drives it.

use crate::lsp_client::Client;
use crate::support::TempDir;
use serde_json::{json, Value};

/// A headline, a quotation with its speaker, and an unclosed quotation.
const ARTICLE: &str = "Council Vote\n\n\u{201c}We won,\u{201d} said Neil Thomas, the mayor.\n\n\u{201c}It was close, said Ada Moss.\n";

fn initialize(c: &mut Client, encodings: &[&str]) -> Value {
    let caps = if encodings.is_empty() {
        json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}})
    } else {
        json!({"general": {"positionEncodings": encodings}})
    };
    let r = c.request(
        "initialize",
        json!({"processId": null, "rootUri": null, "capabilities": caps}),
    );
    c.notify("initialized", json!({}));
    r
}

fn open(c: &mut Client, uri: &str, language: &str, text: &str) {
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}}),
    );
}

fn uri_in(dir: &TempDir, name: &str) -> String {
    format!("file://{}/{name}", dir.0.display())
}

fn codes(diags: &[Value]) -> Vec<String> {
    diags
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_string())
        .collect()
}

fn shut_down(mut c: Client) -> Option<i32> {
    assert_eq!(c.request("shutdown", Value::Null), Value::Null);
    c.notify("exit", Value::Null);
    c.wait()
}

#[test]
fn an_editor_session_from_open_to_exit() {
    let dir = TempDir::new("lsp-session");
    let mut c = Client::start(&dir.0);
    let init = initialize(&mut c, &[]);
    let caps = &init["capabilities"];
    assert_eq!(caps["positionEncoding"], "utf-16");
    assert_eq!(caps["textDocumentSync"]["change"], 2, "incremental sync");
    assert_eq!(init["serverInfo"]["name"], "ascribe");
    // The server asks to be told when a configuration file changes.
    let watch = c.server_request("client/registerCapability");
    let watcher = &watch["registrations"][0]["registerOptions"]["watchers"][0];
    assert_eq!(watcher["globPattern"], "**/.ascribe.yaml");

    let uri = uri_in(&dir, "story.txt");
    open(&mut c, &uri, "plaintext", ARTICLE);
    let diags = c.diagnostics(&uri, 1);
    assert_eq!(codes(&diags), ["quotes.unclosed"], "{diags:?}");
    let d = &diags[0];
    assert_eq!(d["range"]["start"], json!({"line": 4, "character": 0}));
    assert_eq!(d["severity"], 2);
    assert_eq!(d["source"], "ascribe");
    assert_eq!(d["data"]["explain"], "ascribe explain quotes.unclosed");

    // Hover inside the first quotation: its speaker, class and cue.
    let pos = json!({"line": 2, "character": 3});
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": pos}),
    );
    let value = hover["contents"]["value"].as_str().unwrap();
    assert!(value.contains("**Neil Thomas**, named — said"), "{value}");

    // The outline: each source once, its statements as children.
    let symbols = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    let symbols = symbols.as_array().unwrap();
    assert_eq!(symbols[0]["name"], "Neil Thomas");
    assert_eq!(symbols[0]["children"].as_array().unwrap().len(), 1);

    // Code actions on the finding: suppress it on its line.
    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": d["range"], "context": {"diagnostics": [d]}}),
    );
    let suppress = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Suppress quotes.unclosed on this line")
        .unwrap_or_else(|| panic!("{actions}"));
    let edit = &suppress["edit"]["changes"][&uri][0];
    assert_eq!(edit["range"]["start"], json!({"line": 4, "character": 0}));
    assert_eq!(
        edit["newText"],
        "<!-- ascribe-disable-next-line quotes.unclosed -->\n"
    );

    // Close the quotation after "close," (line 4, UTF-16 column 14).
    let at = json!({"line": 4, "character": 14});
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"range": {"start": at, "end": at}, "text": "\u{201d}"}]}),
    );
    assert_eq!(c.diagnostics(&uri, 2), Vec::<Value>::new());
    assert_eq!(shut_down(c), Some(0));
}

#[test]
fn configuration_and_language_id_apply() {
    let dir = TempDir::new("lsp-config");
    dir.write("quiet/.ascribe.yaml", b"rules:\n  quotes.unclosed: off\n");
    let mut c = Client::start(&dir.0);
    initialize(&mut c, &[]);
    let quiet = uri_in(&dir, "quiet/story.txt");
    open(&mut c, &quiet, "plaintext", ARTICLE);
    assert_eq!(c.diagnostics(&quiet, 1), Vec::<Value>::new());
    // The configuration changes on disk; the editor says so.
    dir.write("quiet/.ascribe.yaml", b"rules:\n  quotes.unclosed: error\n");
    let changed = format!("file://{}/quiet/.ascribe.yaml", dir.0.display());
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": changed, "type": 2}]}),
    );
    let diags = c.diagnostics(&quiet, 1);
    assert_eq!(codes(&diags), ["quotes.unclosed"]);
    assert_eq!(diags[0]["severity"], 1);
    // In Markdown a code span is not prose: its mark is no quotation.
    let text = "Council Vote\n\nType `\u{201c}` to open a quotation.\n";
    let md = uri_in(&dir, "a.md");
    open(&mut c, &md, "markdown", text);
    assert_eq!(c.diagnostics(&md, 1), Vec::<Value>::new());
    let plain = uri_in(&dir, "b.md");
    open(&mut c, &plain, "plaintext", text);
    assert!(!c.diagnostics(&plain, 1).is_empty());
    // A broken configuration is shown, not a crash.
    dir.write("broken/.ascribe.yaml", b"rules: [\n");
    let broken = uri_in(&dir, "broken/story.txt");
    open(&mut c, &broken, "plaintext", ARTICLE);
    assert_eq!(codes(&c.diagnostics(&broken, 1)), ["configuration"]);
    assert_eq!(shut_down(c), Some(0));
}

#[test]
fn utf8_columns_when_the_client_offers_them() {
    let dir = TempDir::new("lsp-utf8");
    let mut c = Client::start(&dir.0);
    let init = initialize(&mut c, &["utf-8", "utf-16"]);
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-8");
    let uri = uri_in(&dir, "story.txt");
    open(&mut c, &uri, "plaintext", ARTICLE);
    let diags = c.diagnostics(&uri, 1);
    // The closing mark goes after "close," at byte column 16 (the opening
    // mark is three bytes).
    let at = json!({"line": 4, "character": 16});
    assert_eq!(codes(&diags), ["quotes.unclosed"]);
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"range": {"start": at, "end": at}, "text": "\u{201d}"}]}),
    );
    assert_eq!(c.diagnostics(&uri, 2), Vec::<Value>::new());
    assert_eq!(shut_down(c), Some(0));
}

#[test]
fn newer_versions_are_never_overwritten_and_bad_input_is_answered() {
    let dir = TempDir::new("lsp-stale");
    let mut c = Client::start(&dir.0);
    initialize(&mut c, &[]);
    let uri = uri_in(&dir, "story.txt");
    open(&mut c, &uri, "plaintext", ARTICLE);
    // Twenty whole-text changes in a burst; the last one is clean.
    for v in 2..=21 {
        let text = if v == 21 {
            ARTICLE.replace("close,", "close,\u{201d}")
        } else {
            format!("{ARTICLE}\n\u{201c}Draft {v}\n")
        };
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": v}, "contentChanges": [{"text": text}]}),
        );
    }
    // Whatever was published on the way, versions never go backwards and
    // the last is the newest.
    let mut last = 0;
    loop {
        let p = c.notification("textDocument/publishDiagnostics", |_| true);
        let v = p["version"].as_i64().unwrap();
        assert!(v >= last, "version {v} published after {last}");
        last = v;
        if v == 21 {
            assert_eq!(p["diagnostics"], json!([]));
            break;
        }
    }
    // Malformed parameters: an error response, and the server lives on.
    let id = c.request_id("textDocument/hover", json!({"nonsense": true}));
    assert_eq!(c.response(id)["error"]["code"], -32602);
    let id = c.request_id("textDocument/unknown", json!({}));
    assert_eq!(c.response(id)["error"]["code"], -32601);
    // A cancelled request is answered, as cancelled or not.
    let id = c.request_id(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    c.notify("$/cancelRequest", json!({"id": id}));
    let r = c.response(id);
    assert!(
        r.get("result").is_some() || r["error"]["code"] == -32800,
        "{r}"
    );
    // A hover on a document never opened has nothing to say.
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///nowhere.txt"}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(hover, Value::Null);
    assert_eq!(shut_down(c), Some(0));
}

#[test]
fn exit_without_shutdown_is_exit_code_1() {
    let dir = TempDir::new("lsp-exit");
    let mut c = Client::start(&dir.0);
    initialize(&mut c, &[]);
    c.notify("exit", Value::Null);
    assert_eq!(c.wait(), Some(1));
}

#[test]
fn a_fix_is_offered_and_a_name_hovered() {
    let dir = TempDir::new("lsp-fix");
    let mut c = Client::start(&dir.0);
    initialize(&mut c, &[]);
    let uri = uri_in(&dir, "story.txt");
    let text =
        "Talks Resume\n\nRussian presidential aide Yury Uhsakov said talks in Kiev would go on.\n";
    open(&mut c, &uri, "plaintext", text);
    let diags = c.diagnostics(&uri, 1);
    assert_eq!(codes(&diags), ["names.noncanonical", "names.noncanonical"]);
    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": diags[0]["range"], "context": {"diagnostics": []}}),
    );
    let fix = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Replace with “Ushakov”")
        .unwrap_or_else(|| panic!("{actions}"));
    assert_eq!(fix["isPreferred"], true);
    assert_eq!(fix["edit"]["changes"][&uri][0]["newText"], "Ushakov");
    assert_eq!(fix["edit"]["changes"][&uri][0]["range"], diags[0]["range"]);
    // Both names.noncanonical findings carry a fix: one action fixes both.
    let all = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Fix all names.noncanonical in the file")
        .unwrap_or_else(|| panic!("{actions}"));
    let edits = all["edit"]["changes"][&uri].as_array().unwrap();
    let replaced: Vec<&str> = edits
        .iter()
        .map(|e| e["newText"].as_str().unwrap())
        .collect();
    assert_eq!(replaced, ["Ushakov", "Kyiv"]);
    // Hovering "Kiev": the names list's entry, and the rule's summary.
    let kiev = diags[1]["range"]["start"].clone();
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": kiev}),
    );
    let value = hover["contents"]["value"].as_str().unwrap();
    assert!(value.contains("Names list: **Kyiv**"), "{value}");
    assert!(
        value.contains("`names.noncanonical`: A name spelt"),
        "{value}"
    );
    assert_eq!(shut_down(c), Some(0));
}
