#!/usr/bin/env bash
# The GitHub Action's check step (action.yml), as a script so that the
# tests run exactly what the action runs. Inputs come as environment
# variables:
#   ASCRIBE_PATHS       files or folders, separated by spaces (default .)
#   ASCRIBE_FORMAT      report format for the log (default github)
#   ASCRIBE_FAIL_LEVEL  error, warning or info (default warning)
#   ASCRIBE_BASELINE    a baseline file, or empty
#   ASCRIBE_SARIF       "true" to also write ascribe.sarif for upload
#   ASCRIBE_BIN         the binary (default: ascribe on PATH)
# Exits as `ascribe check` does: 0 clean, 1 findings at the fail level,
# 2 an error.
set -euo pipefail

bin="${ASCRIBE_BIN:-ascribe}"
read -r -a paths <<< "${ASCRIBE_PATHS:-.}"
common=(--fail-level "${ASCRIBE_FAIL_LEVEL:-warning}")
if [ -n "${ASCRIBE_BASELINE:-}" ]; then
    common+=(--baseline "$ASCRIBE_BASELINE")
fi

if [ "${ASCRIBE_SARIF:-false}" = true ]; then
    # The SARIF file is written whatever the findings; only an error (2)
    # stops the step here. The log run below decides the exit status.
    sarif_status=0
    "$bin" check --quiet --format sarif "${common[@]}" -- "${paths[@]}" > ascribe.sarif ||
        sarif_status=$?
    if [ "$sarif_status" -ge 2 ]; then
        exit "$sarif_status"
    fi
fi

exec "$bin" check --format "${ASCRIBE_FORMAT:-github}" "${common[@]}" -- "${paths[@]}"
