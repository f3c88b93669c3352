/// The git hooks phiguard can install. Adding one is one case here plus its arm in
/// `script` below (and the matching file in the repository's `hooks/` folder, which a
/// test keeps byte-identical to the embedded text).
public enum HookKind: String, CaseIterable, Sendable {
    /// Scans the staged change; blocks the commit.
    case preCommit = "pre-commit"
    /// Adds the `Phiguard-Override:` trailers of this commit's bypasses, and checks the
    /// message itself for secrets and PHI.
    case commitMessage = "commit-msg"
    /// Writes this commit's overrides to the ledger with the new commit id.
    case postCommit = "post-commit"
    /// Scans exactly the commits being pushed.
    case prePush = "pre-push"

    /// The hook's file name inside the hooks directory.
    public var fileName: String { rawValue }

    /// How the shim for this hook calls phiguard.
    var script: HookScript.Shape {
        switch self {
        case .preCommit:
            return HookScript.Shape(blocks: "commit", invocation: "scan --staged", sharesInput: false)
        case .commitMessage:
            return HookScript.Shape(blocks: "commit", invocation: "hook commit-msg \"$1\"", sharesInput: false)
        case .postCommit:
            return HookScript.Shape(blocks: "commit", invocation: "hook post-commit", sharesInput: false)
        case .prePush:
            return HookScript.Shape(blocks: "push", invocation: "hook pre-push \"$@\"", sharesInput: true)
        }
    }
}

/// The text of every hook script, embedded so that `phiguard install` works from an
/// installed binary with no checkout around. Each script is a small POSIX sh shim that
/// runs the hook phiguard replaced (if any), then `exec`s the phiguard binary, and fails
/// closed: no binary, no commit.
public enum HookScript {
    /// The line that marks a hook as phiguard's own: only such hooks are upgraded in place
    /// or removed; anything else is a foreign hook and is chained, never overwritten.
    public static let marker = "# phiguard-managed-hook"

    /// Appended to a hook's name to keep the foreign hook that phiguard's shim replaced.
    public static let chainedSuffix = ".pre-phiguard"

    /// The full script installed for `kind`.
    public static func text(for kind: HookKind) -> String {
        render(hook: kind.fileName, kind.script)
    }

    /// What differs between the shims of two hook kinds.
    struct Shape: Sendable {
        /// The git operation a failure blocks: "commit" or "push" (for the messages).
        var blocks: String
        /// phiguard's arguments, as shell words (`scan --staged`, `hook commit-msg "$1"`).
        var invocation: String
        /// True when git writes data on standard input that both the chained hook and
        /// phiguard must read (pre-push's ref list): it is kept in a temporary file.
        var sharesInput: Bool
    }

    static func render(hook: String, _ shape: Shape) -> String {
        let chainedInput = shape.sharesInput ? " <\"$input\"" : ""
        let saveInput = shape.sharesInput ? """

            # git writes the refs on standard input; the chained hook and phiguard both read them.
            input=$(mktemp "${TMPDIR:-/tmp}/phiguard-\(hook).XXXXXX") || exit 1
            trap 'rm -f "$input"' EXIT
            cat >"$input" || exit 1

            """ : ""
        let replayInput = shape.sharesInput ? """
            exec <"$input"
            rm -f "$input"
            trap - EXIT

            """ : ""
        return """
            #!/bin/sh
            \(marker)
            # phiguard \(hook) hook: checks for HIPAA violations before the \(shape.blocks) is made.
            # Written by `phiguard install`; `phiguard uninstall` removes it and restores the hook
            # it replaced. Edits are lost on the next install.
            \(saveInput)
            # The hook that was here before phiguard was installed runs first; its failure blocks.
            chained="$0\(chainedSuffix)"
            if [ -x "$chained" ]; then
                "$chained" "$@"\(chainedInput) || exit $?
            elif [ -e "$chained" ]; then
                echo "phiguard: $chained is not executable, skipped" >&2
            fi

            # The binary: $PHIGUARD_BIN, else phiguard on PATH, else ~/.local/bin/phiguard.
            bin=${PHIGUARD_BIN:-}
            if [ -z "$bin" ]; then
                bin=$(command -v phiguard 2>/dev/null) || bin=
            fi
            if [ -z "$bin" ] && [ -x "${HOME:-}/.local/bin/phiguard" ]; then
                bin=$HOME/.local/bin/phiguard
            fi
            if [ -z "$bin" ] || [ ! -x "$bin" ]; then
                {
                    echo "phiguard: \(shape.blocks) blocked: the phiguard binary was not found${bin:+ at $bin}."
                    echo "  Install it with ./install.sh from a phiguard checkout, or set PHIGUARD_BIN to its path."
                    echo "  To bypass this check (not recommended): git \(shape.blocks) --no-verify"
                } >&2
                exit 1
            fi
            \(replayInput)exec "$bin" \(shape.invocation)

            """
    }
}
