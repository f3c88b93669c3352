#!/usr/bin/env bash
# Builds phiguard from this checkout, installs it under a prefix, and installs its git
# hooks into the repository you run it from (or the one given with --repo).
# Safe to run again: it rebuilds, replaces the installed copy, and leaves hooks as they are.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: ./install.sh [--prefix DIR] [--repo PATH] [--no-hooks] [--build-only]

Builds phiguard (swift build -c release --static-swift-stdlib) and installs it:
  DIR/lib/phiguard/     the binary and its rule pack
  DIR/bin/phiguard      a symlink to the binary
then installs the git hooks (phiguard install) into PATH, or into the repository
containing the current directory.

  --prefix DIR   install under DIR (default: $PREFIX, else ~/.local)
  --repo PATH    install the hooks into the repository at PATH
  --no-hooks     install the binary only
  --build-only   build as for installing, into .build/release, and stop (bench/run.sh
                 measures that binary by default)
  -h, --help     show this help

Needs swift 6 and, on Debian/Ubuntu, libgit2-dev libpcre2-dev zlib1g-dev pkg-config
(installed with apt-get when missing).
EOF
}

say() { printf '%s\n' "$*"; }
warn() { printf 'install.sh: warning: %s\n' "$*" >&2; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }
usage_error() { printf 'install.sh: %s (see --help)\n' "$*" >&2; exit 2; }

checkout=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
caller=$(pwd -P)

prefix=${PREFIX:-}
repo=
hooks=yes
build_only=no
while [ $# -gt 0 ]; do
    case $1 in
        --prefix) [ -n "${2:-}" ] || usage_error "--prefix needs a directory"; prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#*=}; [ -n "$prefix" ] || usage_error "--prefix needs a directory"; shift ;;
        --repo) [ -n "${2:-}" ] || usage_error "--repo needs a path"; repo=$2; shift 2 ;;
        --repo=*) repo=${1#*=}; [ -n "$repo" ] || usage_error "--repo needs a path"; shift ;;
        --no-hooks) hooks=no; shift ;;
        --build-only) build_only=yes; shift ;;
        -h | --help) usage; exit 0 ;;
        *) usage_error "unknown argument: $1" ;;
    esac
done
if [ -z "$prefix" ]; then
    [ -n "${HOME:-}" ] || die "HOME is not set; choose where to install with --prefix DIR"
    prefix=$HOME/.local
fi
# Relative paths are relative to where install.sh was run from.
case $prefix in /*) ;; *) prefix=$caller/$prefix ;; esac
if [ -n "$repo" ]; then
    [ "$hooks" = yes ] || usage_error "--repo and --no-hooks contradict each other"
    resolved=$(cd -- "$caller" && cd -- "$repo" 2>/dev/null && pwd -P) || die "--repo: no such directory: $repo"
    repo=$resolved
fi

# --- the toolchain and the system libraries -------------------------------------------
command -v swift >/dev/null 2>&1 \
    || die "swift is not on PATH. Install a Swift 6 toolchain (https://www.swift.org/install/) and run ./install.sh again."

packages=(libgit2-dev libpcre2-dev zlib1g-dev pkg-config)
have_libraries() { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgit2 libpcre2-8 zlib; }
as_root() {
    if [ "$EUID" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
if ! have_libraries; then
    command -v apt-get >/dev/null 2>&1 \
        || die "libgit2, libpcre2-8 and zlib (with pkg-config) are missing; install their development packages with your system's package manager"
    if [ "$EUID" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
        die "libgit2, libpcre2-8 or zlib are missing. As root, run:
  apt-get update && apt-get install -y --no-install-recommends ${packages[*]}
then run ./install.sh again."
    fi
    say "==> installing ${packages[*]} (apt-get)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${packages[@]}"
    have_libraries || die "pkg-config still cannot find libgit2, libpcre2-8 and zlib after installing ${packages[*]}"
fi

# --- build -------------------------------------------------------------------------------
say "==> building phiguard in $checkout (swift build -c release --static-swift-stdlib)"
cd -- "$checkout"
# The Swift runtime and FoundationEssentials are linked statically: the hook starts in
# about half the time (no dynamic symbol binding of the Swift libraries on every commit).
# So is the C++ runtime they need, where GCC's static libstdc++ is installed: its shared
# form cost 1.8M instructions of symbol binding per run (Sources/phiguard/Linking/).
# Only here, with the static Swift runtime: a debug build's shared Swift runtime brings
# the shared libstdc++, and one process should not hold two.
# Generic types' metadata is reached through accessor functions rather than by demangling
# their names at run time: in a typical commit's run, demangling fell from 1.48M to 0.32M
# instructions, and the run from 19.8M to 18.9M (0.25-0.45 ms of 6-7 ms).
startup_flags=(-Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors)
# No $ORIGIN run path: with the Swift runtime linked in, nothing is loaded from beside the
# binary, and the loader probed 11 folders there for each shared library (22 failed
# system calls at every start).
startup_flags+=(--disable-local-rpath)
# The loader applies 64,000 relative relocations to the binary's data at every start.
# Linked by lld (the Swift toolchain's own linker) they are stored packed (DT_RELR, read
# by glibc 2.36 and later): 15 KB instead of 1.5 MB to read. Nothing staged: 4.53 -> 3.95
# ms, interleaved. With an older glibc the binary would not load, so it keeps gold's form.
toolchain=$(dirname -- "$(realpath -- "$(command -v swift)")")
glibc=$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{ split($2, v, "."); print v[1] * 1000 + v[2] }')
if [ -x "$toolchain/ld.lld" ] && [ "${glibc:-0}" -ge 2036 ]; then
    startup_flags+=(-Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs)
fi
static_cxx=()
if command -v clang >/dev/null 2>&1 && [ -f "$(clang -print-file-name=libstdc++.a)" ]; then
    static_cxx=(-Xlinker "-L$checkout/Sources/phiguard/Linking")
else
    warn "no static libstdc++ (libstdc++-12-dev); linking the shared one (a slower start)"
fi
swift build -c release --static-swift-stdlib "${startup_flags[@]}" ${static_cxx[@]+"${static_cxx[@]}"} --product phiguard
build=$(swift build -c release --static-swift-stdlib --show-bin-path)
bundle=phiguard_PhiguardRules.resources
[ -x "$build/phiguard" ] || die "the build did not produce $build/phiguard"
[ -d "$build/$bundle" ] || die "the build did not produce the rule pack $build/$bundle"
if [ "$build_only" = yes ]; then
    say "built $build/phiguard"
    exit 0
fi

# --- install -------------------------------------------------------------------------------
libdir=$prefix/lib/phiguard
bindir=$prefix/bin
say "==> installing into $libdir"
mkdir -p -- "$libdir" "$bindir"
# New copies beside the old ones, then renamed over them: a commit running the old
# binary meanwhile keeps working, and an interrupted install leaves the old one whole.
cp -- "$build/phiguard" "$libdir/.phiguard.new"
chmod 0755 "$libdir/.phiguard.new"
rm -rf -- "$libdir/.$bundle.new" "$libdir/.$bundle.old"
cp -R -- "$build/$bundle" "$libdir/.$bundle.new"
if [ -e "$libdir/$bundle" ]; then mv -- "$libdir/$bundle" "$libdir/.$bundle.old"; fi
mv -- "$libdir/.$bundle.new" "$libdir/$bundle"
rm -rf -- "$libdir/.$bundle.old"
mv -f -- "$libdir/.phiguard.new" "$libdir/phiguard"
# The pack's folder from before it was a target of its own; the new binary never reads it.
rm -rf -- "$libdir/phiguard_PhiguardCore.resources"
ln -sfn ../lib/phiguard/phiguard "$bindir/phiguard"
phiguard=$bindir/phiguard
version=$("$phiguard" version) || die "the installed binary does not run: $phiguard version failed"

case ":${PATH:-}:" in
    *":$bindir:"*)
        found=$(command -v phiguard || true)
        if [ -n "$found" ] && [ "$found" != "$phiguard" ]; then
            warn "$found comes before $phiguard on PATH and will be the one that runs"
        fi
        ;;
    *) warn "$bindir is not on PATH; add it, e.g. to ~/.profile:
  export PATH=\"$bindir:\$PATH\"" ;;
esac

# --- hooks ---------------------------------------------------------------------------------
hooks_summary=
if [ "$hooks" = no ]; then
    hooks_summary="not installed (--no-hooks)"
else
    target=$repo
    if [ -z "$target" ] && command -v git >/dev/null 2>&1 \
        && [ "$(git -C "$caller" rev-parse --is-inside-work-tree 2>/dev/null)" = true ]; then
        target=$(git -C "$caller" rev-parse --show-toplevel)
    fi
    if [ -n "$target" ]; then
        say "==> installing the git hooks in $target"
        "$phiguard" install --repo "$target"
        hooks_summary="installed in $target"
    else
        hooks_summary="skipped: $caller is not inside a git repository"
        say "==> hooks skipped: $caller is not inside a git repository."
        say "    Install them later by running 'phiguard install' inside a repository (or ./install.sh --repo PATH)."
    fi
fi

say ""
say "phiguard installed"
say "  binary:  $phiguard -> $libdir/phiguard"
say "  version: $version"
say "  hooks:   $hooks_summary"
