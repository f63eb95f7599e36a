#!/usr/bin/env bash
# Fuzzes layerlab's parsers with cargo-fuzz (libFuzzer) on the stable toolchain:
#
#   scripts/fuzz.sh [SECONDS] [TARGET ...]
#
# SECONDS per target (default 600); TARGETs default to all of fuzz/fuzz_targets/
# (csv_read: the CSV reader and preparation; session_read: the session parser;
# layer_text: the layer text form). Installs cargo-fuzz if it is missing. Stable Rust has no
# sanitizer runtime, so the targets run with `-s none`; RUSTC_BOOTSTRAP=1 lets cargo-fuzz
# pass its -Z flags to the stable compiler. The corpus grows in fuzz/corpus/TARGET (not
# committed) from the small seeds in fuzz/seeds/TARGET; a crash is saved in
# fuzz/artifacts/TARGET and ends the run with a non-zero status: make it a regression test.
# Not part of CI (.ci/run): it takes minutes per target.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=600
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
    seconds=$1
    shift
fi
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    for f in fuzz/fuzz_targets/*.rs; do
        targets+=("$(basename "$f" .rs)")
    done
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "installing cargo-fuzz (once)…"
    cargo install cargo-fuzz --locked
fi

export RUSTC_BOOTSTRAP=1
for t in "${targets[@]}"; do
    if [[ ! -f fuzz/fuzz_targets/$t.rs ]]; then
        echo "error: no fuzz target \`$t\` (known: $(cd fuzz/fuzz_targets && ls -- *.rs | sed 's/\.rs$//' | tr '\n' ' '))" >&2
        exit 2
    fi
    mkdir -p "fuzz/corpus/$t"
    seeds=()
    [[ -d fuzz/seeds/$t ]] && seeds=("fuzz/seeds/$t")
    echo "== $t: ${seconds}s"
    cargo fuzz run "$t" -s none "fuzz/corpus/$t" "${seeds[@]}" -- \
        -max_total_time="$seconds" -print_final_stats=1
done
