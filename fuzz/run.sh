#!/usr/bin/env bash
# Fuzz phiguard's parsers and engine with libFuzzer (from the Swift toolchain).
#
#   fuzz/run.sh [seconds-per-target] [target ...]    fuzz each target for that long (default 600)
#   fuzz/run.sh --replay [target ...]                run the seeds and saved regressions once
#
# Targets: configuration inline-allow trailer ledger engine zip (default: all).
# Environment:
#   FUZZ_SCRATCH   build folder and working corpora (default /tmp/fuzz-build; never .build)
#   FUZZ_PARALLEL  targets run at once (default 2; the machine has 2 cores)
#   FUZZ_TIMEOUT   seconds one input may take before libFuzzer calls it a timeout (default 10)
#
# Seeds and dictionaries live in fuzz/corpus/<target>/ and fuzz/corpus/<target>.dict; inputs
# that once crashed live in fuzz/corpus/regressions/<target>/ and are replayed by --replay and
# by Tests/PhiguardCoreTests/Hardening. New crashes land in $FUZZ_SCRATCH/artifacts/<target>/;
# copy them into fuzz/corpus/regressions/<target>/ once the bug is fixed.
# Not part of CI: it needs minutes per target.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCRATCH="${FUZZ_SCRATCH:-/tmp/fuzz-build}"
PARALLEL="${FUZZ_PARALLEL:-2}"
TIMEOUT="${FUZZ_TIMEOUT:-10}"
ALL=(configuration inline-allow trailer ledger engine zip)

replay=0
seconds=600
if [[ "${1:-}" == "--replay" ]]; then replay=1; shift
elif [[ "${1:-}" =~ ^[0-9]+$ ]]; then seconds="$1"; shift
fi
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=("${ALL[@]}")

binary_of() {
  case "$1" in
    configuration) echo FuzzConfiguration ;;
    inline-allow)  echo FuzzInlineAllow ;;
    trailer)       echo FuzzTrailer ;;
    ledger)        echo FuzzLedger ;;
    engine)        echo FuzzEngine ;;
    zip)           echo FuzzZip ;;
    *) echo "unknown target '$1' (known: ${ALL[*]})" >&2; exit 2 ;;
  esac
}

max_len_of() {
  case "$1" in
    engine|configuration) echo 16384 ;;
    *) echo 8192 ;;
  esac
}

# Build once: every Swift module instrumented for coverage and AddressSanitizer (the TOML
# reader is Swift now; -Xcxx would instrument C++ too, should a C++ dependency come back).
cd "$ROOT/Fuzz"
[[ -f Package.resolved || ! -f ../Package.resolved ]] || cp ../Package.resolved Package.resolved
echo "building fuzz targets in $SCRATCH ..." >&2
swift build -c debug --scratch-path "$SCRATCH" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
  -Xcxx -fsanitize=fuzzer-no-link,address >"$SCRATCH.build.log" 2>&1 || {
  tail -40 "$SCRATCH.build.log" >&2; echo "build failed (full log: $SCRATCH.build.log)" >&2; exit 2; }
BIN="$(swift build -c debug --scratch-path "$SCRATCH" --show-bin-path)"

mkdir -p "$SCRATCH/logs" "$SCRATCH/artifacts" "$SCRATCH/corpus"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:allocator_may_return_null=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$ROOT/fuzz/corpus/lsan.supp:print_suppressions=0}"

run_one() {
  local target="$1" exe seeds work artifacts log dict
  exe="$BIN/$(binary_of "$target")"
  seeds="$ROOT/fuzz/corpus/$target"
  work="$SCRATCH/corpus/$target"
  artifacts="$SCRATCH/artifacts/$target/"
  log="$SCRATCH/logs/$target.log"
  dict="$ROOT/fuzz/corpus/$target.dict"
  mkdir -p "$work" "$artifacts"
  local args=(-timeout="$TIMEOUT" -rss_limit_mb=2048 -max_len="$(max_len_of "$target")"
              -artifact_prefix="$artifacts" -print_final_stats=1)
  [[ -f "$dict" ]] && args+=(-dict="$dict")
  if [[ $replay -eq 1 ]]; then
    local inputs=()
    for dir in "$seeds" "$ROOT/fuzz/corpus/regressions/$target"; do
      [[ -d "$dir" ]] && while IFS= read -r -d '' f; do inputs+=("$f"); done < <(find "$dir" -type f -print0)
    done
    "$exe" "${args[@]}" -runs=1 "${inputs[@]}" >"$log" 2>&1
  else
    # New inputs go to the working corpus (first folder); the seeds stay as checked in.
    "$exe" "${args[@]}" -max_total_time="$seconds" "$work" "$seeds" >"$log" 2>&1
  fi
}

summary() {
  local target="$1" status="$2" log
  log="$SCRATCH/logs/$1.log"
  local runs secs crashes leaks timeouts oom
  runs=$(grep -Eo 'stat::number_of_executed_units: [0-9]+' "$log" | awk '{print $2}' | tail -1 || true)
  secs=$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | awk '{print $5}' | tail -1 || true)
  crashes=$(grep -c -E 'ERROR: AddressSanitizer|deadly signal|invariant violated|Fatal error' "$log" || true)
  leaks=$(grep -c 'ERROR: LeakSanitizer' "$log" || true)
  timeouts=$(grep -c 'ALARM: working on the last Unit for' "$log" || true)
  oom=$(grep -c 'out-of-memory' "$log" || true)
  printf '%-14s exit %-3s executions %-10s seconds %-6s crashes %s leaks %s timeouts %s oom %s  (log %s)\n' \
    "$target" "$status" "${runs:-?}" "${secs:-?}" "$crashes" "$leaks" "$timeouts" "$oom" "$log"
}

declare -A status
pending=("${targets[@]}")
running=()
while [[ ${#pending[@]} -gt 0 || ${#running[@]} -gt 0 ]]; do
  while [[ ${#pending[@]} -gt 0 && ${#running[@]} -lt $PARALLEL ]]; do
    t="${pending[0]}"; pending=("${pending[@]:1}")
    echo "fuzzing $t $([[ $replay -eq 1 ]] && echo '(replay)' || echo "for $seconds s") ..." >&2
    run_one "$t" & running+=("$t:$!")
  done
  next=()
  for entry in "${running[@]}"; do
    t="${entry%%:*}"; pid="${entry##*:}"
    if kill -0 "$pid" 2>/dev/null; then next+=("$entry"); else
      if wait "$pid"; then status[$t]=0; else status[$t]=$?; fi
    fi
  done
  running=("${next[@]+"${next[@]}"}")
  sleep 2
done

failed=0
for t in "${targets[@]}"; do
  summary "$t" "${status[$t]}"
  [[ "${status[$t]}" == 0 ]] || failed=1
done
if ls -1 "$SCRATCH"/artifacts/*/ 2>/dev/null | grep -qE 'crash-|leak-|timeout-|oom-'; then
  echo "artifacts in $SCRATCH/artifacts:" >&2; ls -1 "$SCRATCH"/artifacts/*/ | grep -E 'crash-|leak-|timeout-|oom-' >&2
fi
exit $failed
