#!/usr/bin/env bash
# Tests the pre-commit hook (.pre-commit-hooks.yaml) as a content
# repository would use it: `pre-commit try-repo` on a temporary git
# repository with one good and one bad article. Installs pre-commit from
# PyPI into a temporary virtual environment (or uses $PRE_COMMIT).
# Prints SKIPPED, and exits 0, only when pre-commit cannot be installed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

pc="${PRE_COMMIT:-}"
if [ -z "$pc" ]; then
    if ! python3 -m venv "$work/venv" >/dev/null 2>&1 ||
        ! "$work/venv/bin/pip" install --quiet pre-commit >"$work/pip.log" 2>&1; then
        echo "pre-commit hook test: SKIPPED (pre-commit could not be installed: $(tail -1 "$work/pip.log" 2>/dev/null))"
        exit 0
    fi
    pc="$work/venv/bin/pre-commit"
fi

repo="$work/articles"
mkdir -p "$repo"
cd "$repo"
git init -q
git config user.email ci@example.invalid
git config user.name CI
printf 'Harbour opens\n\nThe harbour opened on Monday, the mayor said.\n' > good.txt
printf 'Harbour shuts\n\nThe harbour closed (for now.\n' > bad.txt
git add good.txt bad.txt

# pre-commit keeps its environments here: one build of ascribe for both runs.
export PRE_COMMIT_HOME="$work/cache"
# The hook's build (cargo install) is tested, not its speed: no LTO.
export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
if ! "$pc" try-repo "$root" ascribe --files good.txt >"$work/good.log" 2>&1; then
    cat "$work/good.log"
    echo "pre-commit hook test: FAILED (the good article did not pass)"
    exit 1
fi
if "$pc" try-repo "$root" ascribe --files bad.txt >"$work/bad.log" 2>&1; then
    cat "$work/bad.log"
    echo "pre-commit hook test: FAILED (the bad article passed)"
    exit 1
fi
if ! grep -q "bad.txt:3:20: warning brackets.unbalanced" "$work/bad.log"; then
    cat "$work/bad.log"
    echo "pre-commit hook test: FAILED (the finding is not in the hook's output)"
    exit 1
fi
echo "pre-commit hook test: ok (good article passes, bad article fails the commit)"
