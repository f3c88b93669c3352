#!/usr/bin/env python3
"""Run hyperfine in interleaved rounds and merge the times.

    rounds.py --runs N --rounds R --out FILE [--warmup W] [--cwd DIR] -- NAME CMD [NAME CMD ...]

hyperfine runs all the runs of one command before the next command, so a slow phase
of a shared machine (seen here: the same binary at 7.6 ms, then at 12.9 ms half an hour
later) can fall on one command of a row and not on the others, and the ratios lie.
Here the commands take turns: R rounds of about N/R runs each, the order reversed every
other round, and every command's times from all rounds are merged into one file in
hyperfine's JSON shape ({"results": [{"command": NAME, "times": [...]}]}).
Commands are exec'd directly (hyperfine -N) and may fail (-i: phiguard exits 1 on a
finding).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def main():
    args = sys.argv[1:]
    if "--" not in args:
        sys.exit("usage: rounds.py --runs N --rounds R --out FILE [--warmup W] [--cwd DIR] -- NAME CMD ...")
    split = args.index("--")
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, required=True)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--cwd")
    options = ap.parse_args(args[:split])
    pairs = args[split + 1:]
    if not pairs or len(pairs) % 2:
        sys.exit("rounds.py: commands come as NAME CMD pairs")
    commands = list(zip(pairs[0::2], pairs[1::2]))
    rounds = max(1, min(options.rounds, options.runs))
    per_round = [options.runs // rounds + (1 if r < options.runs % rounds else 0) for r in range(rounds)]
    times = {name: [] for name, _ in commands}
    with tempfile.TemporaryDirectory() as scratch:
        export = os.path.join(scratch, "round.json")
        for number, count in enumerate(per_round):
            order = commands if number % 2 == 0 else commands[::-1]
            call = ["hyperfine", "-N", "-i", "--style", "none", "--output", "null",
                    "--warmup", str(options.warmup), "--runs", str(count), "--export-json", export]
            for name, command in order:
                call += ["-n", name, command]
            # hyperfine's warnings about outliers go to stderr on nearly every round of a
            # shared machine; they are shown only when hyperfine fails.
            done = subprocess.run(call, cwd=options.cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if done.returncode != 0:
                sys.stderr.write(done.stderr)
                sys.exit("rounds.py: hyperfine failed (exit %d)" % done.returncode)
            with open(export) as handle:
                for result in json.load(handle)["results"]:
                    times[result["command"]] += result["times"]
    with open(options.out, "w") as handle:
        json.dump({"results": [{"command": name, "times": times[name]} for name, _ in commands]}, handle)


if __name__ == "__main__":
    main()
