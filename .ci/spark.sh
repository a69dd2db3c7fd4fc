#!/usr/bin/env bash
# Issue 24's Spark test: PySpark (from PyPI, local mode, 4 partitions)
# pipes the PolNeAR train articles as JSON Lines records through
# `ascribe check --input-format jsonl` and `ascribe names learn --counts`
# + `names merge`, and compares with folder runs on the same articles
# (tests/spark/spark_check.py). Installs pyspark into a temporary virtual
# environment (or uses $SPARK_PYTHON, a Python that has it) and uses
# $ASCRIBE_BIN, else a debug build. Prints SKIPPED, and exits 0, only
# when Java, pyspark or the corpus in ../shared is missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

corpus="$root/../shared/corpus/polnear/train/text"
if [ ! -d "$corpus" ]; then
    echo "spark test: SKIPPED (no PolNeAR corpus at ../shared/corpus/polnear/train/text)"
    exit 0
fi
if ! java -version >/dev/null 2>&1; then
    echo "spark test: SKIPPED (no Java on PATH; Spark needs Java 17)"
    exit 0
fi
py="${SPARK_PYTHON:-}"
if [ -z "$py" ]; then
    if ! python3 -m venv "$work/venv" >/dev/null 2>&1 ||
        ! "$work/venv/bin/pip" install --quiet pyspark >"$work/pip.log" 2>&1; then
        echo "spark test: SKIPPED (pyspark could not be installed: $(tail -1 "$work/pip.log" 2>/dev/null))"
        exit 0
    fi
    py="$work/venv/bin/python"
fi

cd "$root"
if [ -z "${ASCRIBE_BIN:-}" ]; then
    cargo build --locked --quiet
    export ASCRIBE_BIN="${CARGO_TARGET_DIR:-$root/target}/debug/ascribe"
fi
"$py" tests/spark/spark_check.py "$corpus"
