#!/usr/bin/env python3
"""Make a typical commit's edit in an existing code base, deterministically.

    edit_in_place.py WORKTREE [--files 10] [--added 17] [--removed 8]

Picks FILES source files of at least 150 lines (in a fixed pseudo-random order) and, in
the middle of each, replaces REMOVED lines with ADDED new ones: by default +170 -80 over
10 files, the shape of the issue's reference commit (openmrs-core, 9 files, +179 -78).
Unlike appended lines, this makes every tool read and diff both sides of real-sized
files, as a real commit does. The new lines are ordinary code with no secrets or PHI.
"""
import argparse
import os
import random
import subprocess

SOURCE = (".py", ".ts", ".js", ".java", ".kt", ".go", ".swift", ".rb", ".cs", ".c", ".cc", ".cpp", ".h", ".php", ".scala")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("worktree")
    ap.add_argument("--files", type=int, default=10)
    ap.add_argument("--added", type=int, default=17)
    ap.add_argument("--removed", type=int, default=8)
    args = ap.parse_args()
    listed = subprocess.run(["git", "-C", args.worktree, "ls-files", "-z"], check=True, capture_output=True).stdout
    paths = sorted(p for p in listed.decode("utf-8", "replace").split("\0") if p.endswith(SOURCE))
    random.Random(7).shuffle(paths)
    edited = 0
    for path in paths:
        full = os.path.join(args.worktree, path)
        with open(full, "rb") as handle:
            lines = handle.read().split(b"\n")
        if len(lines) < 150:
            continue
        middle = len(lines) // 2
        indent = lines[middle][: len(lines[middle]) - len(lines[middle].lstrip())]
        new = [indent + b"adjustedTotal%d = computeTotal(recordCount, %d)  // reconciled with the ledger" % (i, i)
               for i in range(args.added)]
        lines[middle:middle + args.removed] = new
        with open(full, "wb") as handle:
            handle.write(b"\n".join(lines))
        edited += 1
        if edited == args.files:
            break
    if edited < args.files:
        raise SystemExit(f"only {edited} source files of 150+ lines in {args.worktree}")


if __name__ == "__main__":
    main()
