#!/usr/bin/env bash
# Runs every fuzz target (or those named) for SECONDS each, one after the
# other, after seeding each target's corpus from the repository's own
# examples. Needs cargo-fuzz (`cargo install cargo-fuzz`) and a nightly
# toolchain (or RUSTC_BOOTSTRAP=1 on stable, see README.md).
#
#   fuzz/run.sh 3600                      # every target, an hour each
#   fuzz/run.sh 60 parse_plain names_list # two targets, a minute each
#
# FUZZ_TIMEOUT (seconds, default 10) is libFuzzer's per-input limit, in
# wall-clock time: on a loaded machine, with the fuzzer niced beside
# builds, an input that takes milliseconds can wait past 10 s; raise it
# there rather than read such a report as a hang.
#
# Prints one line per target: runs, time, and crashes found. A crash
# leaves its input in fuzz/artifacts/<target>/ and makes the script exit 1
# after the remaining targets have run.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(parse_plain parse_markdown parse_html config_file pack_rule names_list sources_transcript)
fi

toolchain=()
if rustup toolchain list 2>/dev/null | grep -q nightly; then
    toolchain=(+nightly)
else
    export RUSTC_BOOTSTRAP=1
fi
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/tmp/ascribe-fuzz-target}"

# seed TARGET PREFIX FILE...: each file, after PREFIX bytes, into the corpus.
seed() {
    local target="$1" prefix="$2"
    shift 2
    mkdir -p "fuzz/corpus/$target"
    for f in "$@"; do
        [ -f "$f" ] || continue
        local name
        name="seed-$(echo "$f" | tr '/' '_')"
        { printf '%b' "$prefix"; cat "$f"; } > "fuzz/corpus/$target/$name"
    done
}

# The first byte of an article input picks the language (0: English).
seed parse_plain '\000' golden/articles/*.txt golden/extract/articles/*.txt golden/names/articles/*.txt
# German articles under German (index 2 of Lang::builtin_names), Swiss ones
# under de-CH (3).
seed parse_plain '\002' golden/articles/de-*.txt golden/extract/articles/de-*.txt
seed parse_plain '\003' golden/articles/de-CH-*.txt
seed parse_markdown '\000' golden/articles/*.md README.md
seed parse_html '\000' tests/data/html/*.html
seed config_file '' tests/cases/config-*.yaml
seed pack_rule '' rules/packs/Ascribe/*.yml
seed names_list '' rules/names/*.yaml
# A source, then "\n\n\n", then the article checked against it.
mkdir -p fuzz/corpus/sources_transcript
for dir in golden/transcripts/*/; do
    name=$(basename "$dir")
    for f in "$dir"*; do
        { printf '\000'; cat "$f"; printf '\n\n\n'; cat "golden/articles/$name.txt"; } \
            > "fuzz/corpus/sources_transcript/seed-$name-$(basename "$f")"
    done
done

failed=0
for t in "${targets[@]}"; do
    log="fuzz/artifacts/$t.log"
    mkdir -p fuzz/artifacts
    start=$(date +%s)
    # -s none: ascribe has no unsafe code of its own; without the
    # sanitizer the fuzzer runs several times as many inputs.
    # Built first, on its own: a build that fails is not a crash found.
    if ! cargo "${toolchain[@]}" fuzz build -s none "$t" > "$log" 2>&1; then
        echo "$t: did not build (log: $log)"
        failed=1
        continue
    fi
    if cargo "${toolchain[@]}" fuzz run -s none "$t" "fuzz/corpus/$t" -- \
        -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=4096 -print_final_stats=1 \
        >> "$log" 2>&1; then
        status=ok
    else
        status=CRASH
        failed=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    echo "$t: $status, $runs runs in $(( $(date +%s) - start )) s (log: $log)"
done
exit "$failed"
