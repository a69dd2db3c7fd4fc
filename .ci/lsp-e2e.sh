#!/usr/bin/env bash
# End-to-end test of `ascribe lsp` with a real LSP client library:
# installs pytest-lsp from PyPI into a temporary virtual environment (or
# uses $LSP_E2E_PYTHON, a Python that has it), builds ascribe, and runs
# tests/e2e. Prints SKIPPED, and exits 0, only when pytest-lsp cannot be
# installed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

py="${LSP_E2E_PYTHON:-}"
if [ -z "$py" ]; then
    if ! python3 -m venv "$work/venv" >/dev/null 2>&1 ||
        ! "$work/venv/bin/pip" install --quiet pytest-lsp >"$work/pip.log" 2>&1; then
        echo "lsp e2e test: SKIPPED (pytest-lsp could not be installed: $(tail -1 "$work/pip.log" 2>/dev/null))"
        exit 0
    fi
    py="$work/venv/bin/python"
fi

cd "$root"
cargo build --locked --quiet
target="${CARGO_TARGET_DIR:-$root/target}"
export ASCRIBE_BIN="$target/debug/ascribe"
"$py" -m pytest -q -p no:cacheprovider -o asyncio_default_fixture_loop_scope=function tests/e2e
