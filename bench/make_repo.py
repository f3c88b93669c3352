#!/usr/bin/env python3
"""Build a deterministic benchmark repository with git fast-import.

    make_repo.py DIR [--files 2600] [--commits 1001]

The tree looks like a mid-sized healthcare service (Python, TypeScript, Java, Go, YAML,
Markdown); the history is COMMITS commits that each touch a few files, adding 10-40
lines. The content is ordinary code with no secrets or PHI, so every tool does the same
work and reports the same nothing: the benchmark measures cost, not findings.
"""
import argparse
import os
import random
import subprocess

LANGS = [
    ("py", "services/{d}/{n}.py", "def {f}(request, {a}):\n    value = {a}.get('{k}', 0) + {i}\n    return render(request, '{k}.html', {{'value': value}})\n"),
    ("ts", "web/src/{d}/{n}.ts", "export function {f}({a}: number): number {{\n  const {k} = {a} * {i};\n  return Math.max({k}, 0);\n}}\n"),
    ("java", "api/src/main/java/org/example/{d}/{N}.java", "  public int {f}(int {a}) {{\n    int {k} = {a} + {i};\n    return {k} * 2;\n  }}\n"),
    ("go", "pkg/{d}/{n}.go", "func {F}({a} int) int {{\n\t{k} := {a} + {i}\n\treturn {k} * 2\n}}\n"),
    ("yaml", "deploy/{d}/{n}.yaml", "{k}_{i}:\n  replicas: {i}\n  image: registry.example.org/{d}/{n}:1.{i}\n"),
    ("md", "docs/{d}/{n}.md", "## {F} {i}\n\nThe {k} step reads the {a} table and writes a summary.\n"),
]
WORDS = ["audit", "billing", "claims", "intake", "labs", "orders", "portal", "reports", "sched", "triage",
         "alpha", "beta", "gamma", "delta", "omega", "sigma", "vector", "matrix", "buffer", "cursor"]


def snippet(rng, lang, i):
    _, _, template = lang
    a, k, f = rng.choice(WORDS), rng.choice(WORDS), rng.choice(WORDS) + "_" + rng.choice(WORDS)
    return template.format(a=a, k=k, f=f, F=f.title().replace("_", ""), i=i, d="x", n="y")


def blob(data):
    raw = data.encode()
    return b"data %d\n" % len(raw) + raw + b"\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--files", type=int, default=2600)
    ap.add_argument("--commits", type=int, default=1000)
    args = ap.parse_args()
    rng = random.Random(1234)
    os.makedirs(args.dir, exist_ok=True)
    subprocess.run(["git", "init", "-q", "-b", "main", args.dir], check=True)
    paths, contents = [], {}
    for n in range(args.files):
        lang = LANGS[n % len(LANGS)]
        d = WORDS[n % 10]
        path = lang[1].format(d=d, n=f"mod{n}", N=f"Mod{n}")
        paths.append((path, lang))
        contents[path] = "".join(snippet(rng, lang, i) for i in range(rng.randint(8, 40)))

    stream = bytearray()
    stamp = 1_700_000_000
    def commit(message, changed):
        # Consecutive commits on one branch chain by themselves in fast-import.
        nonlocal stream, stamp
        stamp += 3600
        stream += b"commit refs/heads/main\n"
        stream += b"committer Bench <bench@example.org> %d +0000\n" % stamp
        stream += blob(message)
        for path in changed:
            stream += b"M 100644 inline %s\n" % path.encode() + blob(contents[path])

    commit("initial import", [p for p, _ in paths])
    for c in range(args.commits - 1):
        changed = []
        for _ in range(rng.randint(1, 4)):
            path, lang = rng.choice(paths)
            contents[path] += "".join(snippet(rng, lang, 1000 + c) for _ in range(rng.randint(3, 10)))
            changed.append(path)
        commit(f"change {c}", changed)
    subprocess.run(["git", "-C", args.dir, "fast-import", "--quiet"], input=bytes(stream), check=True)
    subprocess.run(["git", "-C", args.dir, "reset", "-q", "--hard", "main"], check=True)
    print(f"{args.dir}: {args.files} files, {args.commits} commits")


if __name__ == "__main__":
    main()
