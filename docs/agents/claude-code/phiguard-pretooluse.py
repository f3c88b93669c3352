#!/usr/bin/env python3
"""Claude Code PreToolUse hook: scan what Claude is about to write with phiguard.

Claude Code runs this before every Write, Edit, MultiEdit and NotebookEdit (see
settings.json next to this file) and passes the tool call as JSON on stdin. The text
about to be written goes to `phiguard scan --stdin --path <file>`:

  Write         the whole new file (tool_input.content)
  Edit          the replacement text (tool_input.new_string): the file that results is
                not known before the edit, and scanning only the new text never blocks
                on old findings the edit does not touch
  MultiEdit     each edit's new_string
  NotebookEdit  the new cell source (tool_input.new_source)
  apply_patch   (any tool whose input carries a "*** Begin Patch" patch, as Codex-style
                agents send edits) each added or updated file's added lines

Exit 0 lets the write happen. Exit 2 blocks it, and Claude Code gives what this script
wrote on stderr to Claude as the reason, so Claude can rewrite the content. The hook
fails closed: a tool call it cannot read, a phiguard it cannot run, an error from
phiguard (exit 2: bad .phiguard.toml, ...), output that is not phiguard's JSON report
or a scan that takes too long all block, with the cause on stderr. Claude Code treats
any exit status but 2 as a non-blocking error, so nothing here exits 1.

Environment:
  PHIGUARD_BIN        the phiguard binary (default: phiguard on PATH)
  PHIGUARD_TIMEOUT    seconds before a scan counts as failed (default 20)
Only the Python 3 standard library is used.
"""

import json
import os
import subprocess
import sys

ALLOW, BLOCK = 0, 2


def block(reason):
    sys.stderr.write(reason.rstrip("\n") + "\n")
    sys.exit(BLOCK)


def pending_writes(tool, data):
    """(path, text, what) for each piece of text the tool call writes; None for other tools."""
    if tool == "Write":
        return [(data.get("file_path"), data.get("content"), "the new file")]
    if tool == "Edit":
        return [(data.get("file_path"), data.get("new_string"), "the replacement text")]
    if tool == "MultiEdit":
        edits = data.get("edits")
        if not isinstance(edits, list):
            return [(data.get("file_path"), None, "the edits")]
        return [
            (data.get("file_path"), edit.get("new_string") if isinstance(edit, dict) else None,
             f"the replacement text of edit {index + 1}")
            for index, edit in enumerate(edits)
        ]
    if tool == "NotebookEdit":
        if data.get("edit_mode") == "delete":
            return []
        return [(data.get("notebook_path"), data.get("new_source"), "the new cell")]
    patch = find_patch(data)
    if patch is not None:
        return patch_writes(patch)
    return None


PATCH_BEGIN = "*** Begin Patch"


def find_patch(value):
    """The first string in the tool input that is an apply_patch patch, wherever it sits."""
    if isinstance(value, str):
        return value if value.lstrip().startswith(PATCH_BEGIN) else None
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        for item in value:
            found = find_patch(item)
            if found is not None:
                return found
    return None


def patch_writes(patch):
    """(path, added text, what) for each file an apply_patch patch adds or updates."""
    writes, path, what, added = [], None, "", []

    def flush():
        if path is not None:
            writes.append((path, "".join(line + "\n" for line in added), what))

    for line in patch.splitlines():
        if line.startswith("*** Add File: ") or line.startswith("*** Update File: "):
            flush()
            adding = line.startswith("*** Add File: ")
            path = line.split(": ", 1)[1].strip()
            what, added = ("the new file" if adding else "the added lines"), []
        elif line.startswith("*** Delete File: ") or line.startswith("*** End Patch"):
            flush()
            path, added = None, []
        elif line.startswith("*** Move to: ") and path is not None:
            path = line.split(": ", 1)[1].strip()
        elif path is not None and line.startswith("+"):
            added.append(line[1:])
    flush()
    return writes


def run_git(directory, *arguments):
    try:
        done = subprocess.run(["git", "-C", directory, *arguments], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.rstrip("\n") if done.returncode == 0 else None


def locate(path, cwd):
    """(directory to run phiguard in, --path value): repository-relative when the file is
    in a repository, so its .phiguard.toml and path allows apply; absolute otherwise."""
    absolute = os.path.normpath(os.path.join(cwd, path))
    existing = os.path.dirname(absolute)
    while existing and not os.path.isdir(existing):
        parent = os.path.dirname(existing)
        if parent == existing:
            break
        existing = parent
    top = run_git(existing, "rev-parse", "--show-toplevel")
    if top:
        relative = os.path.relpath(os.path.realpath(absolute), os.path.realpath(top))
        if not relative.startswith(".." + os.sep) and relative != "..":
            return top, relative.replace(os.sep, "/")
    return existing or cwd, absolute


def scan(path, text, cwd):
    """Runs phiguard on the text; returns its report, or blocks with the reason it has none."""
    binary = os.environ.get("PHIGUARD_BIN") or "phiguard"
    try:
        timeout = float(os.environ.get("PHIGUARD_TIMEOUT") or 20)
    except ValueError:
        timeout = 20.0
    directory, scan_path = locate(path, cwd)
    command = [binary, "scan", "--stdin", "--path", scan_path, "--format", "json"]
    try:
        done = subprocess.run(command, input=text.encode("utf-8", "surrogatepass"), capture_output=True, cwd=directory, timeout=timeout)
    except FileNotFoundError:
        block(f"phiguard hook: cannot run '{binary}' (not found). Install phiguard (./install.sh) or set "
              "PHIGUARD_BIN; until then every write is blocked.")
    except subprocess.TimeoutExpired:
        block(f"phiguard hook: the scan of {scan_path} took more than {timeout:g}s; the write is blocked.")
    except OSError as error:
        block(f"phiguard hook: cannot run '{binary}': {error}; the write is blocked.")
    stderr = done.stderr.decode("utf-8", "replace").strip()
    if done.returncode not in (0, 1):
        block(f"phiguard hook: phiguard failed (exit {done.returncode}) scanning {scan_path}; the write is blocked.\n"
              f"{stderr}")
    try:
        report = json.loads(done.stdout.decode("utf-8"))
        if not (isinstance(report, dict) and report.get("tool") == "phiguard"
                and isinstance(report.get("findings"), list) and isinstance(report.get("summary"), dict)):
            raise ValueError("not a phiguard report")
    except ValueError:
        block(f"phiguard hook: phiguard's output for {scan_path} is not its JSON report (exit {done.returncode}); "
              f"the write is blocked.\n{stderr}")
    return scan_path, done.returncode, report


def describe(finding):
    return (f"  line {finding.get('line')}:{finding.get('column')}  {finding.get('rule')}: {finding.get('message')}"
            f" (HIPAA {finding.get('hipaa')})\n"
            f"      {finding.get('snippet')}\n"
            f"      fix: {finding.get('remediation')}")


def main():
    try:
        event = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        block(f"phiguard hook: cannot read the tool call ({error}); the write is blocked.")
    if not isinstance(event, dict) or not isinstance(event.get("tool_input"), dict):
        block("phiguard hook: the tool call has no tool_input object; the write is blocked.")
    writes = pending_writes(event.get("tool_name"), event["tool_input"])
    if writes is None:
        return ALLOW
    cwd = event.get("cwd") if isinstance(event.get("cwd"), str) else os.getcwd()

    problems, notes = [], []
    for path, text, what in writes:
        if not isinstance(path, str) or not path or not isinstance(text, str):
            block(f"phiguard hook: cannot tell what {event.get('tool_name')} writes (no file path or text); "
                  "the write is blocked.")
        scan_path, status, report = scan(path, text, cwd)
        active = [f for f in report["findings"] if not f.get("overridden")]
        blocking = [f for f in active if f.get("severity") == "block"]
        warnings = [f for f in active if f.get("severity") != "block"]
        if status == 1 or blocking:
            listed = "\n".join(describe(f) for f in blocking) or "  (phiguard reported a blocking result)"
            problems.append(f"{scan_path}, in {what}:\n{listed}")
        for finding in warnings:
            notes.append(f"phiguard warning in {scan_path} ({what}):\n{describe(finding)}")

    if problems:
        block("phiguard blocked this write: it would add HIPAA-relevant findings (secrets, PHI, PHI in logs, "
              "weak crypto, ...).\n\n" + "\n\n".join(problems) + "\n\n"
              "Rewrite the content without them: read identifiers and keys from configuration or the secret "
              "manager, log record ids instead of records, and use synthetic data (phiguard synth) in fixtures. "
              "If you believe a finding is a false positive, stop and ask the user. Do not add an inline allow "
              "(phiguard:allow <rule> -- <reason>) unless the user gives you the reason to record in it.")
    if notes:
        print("\n".join(notes))
    return ALLOW


if __name__ == "__main__":
    try:
        sys.exit(main())
    except SystemExit:
        raise
    except BaseException as error:  # noqa: BLE001 - any failure must block, never exit 1
        sys.stderr.write(f"phiguard hook: internal error ({type(error).__name__}: {error}); the write is blocked.\n")
        sys.exit(BLOCK)
