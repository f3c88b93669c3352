/// The exact command lines the installed hook scripts run (hooks/, .pre-commit-hooks.yaml),
/// dispatched without argument parsing. swift-argument-parser builds its view of the
/// command tree by reflection and protocol-conformance lookups: 1.7 ms of every run with
/// nothing staged (3.9 ms for the hook, 5.6 ms for the same scan through the parser), and
/// a commit runs three hooks. Any other command line, these with one more option
/// included, goes through the parser; the tests run both forms and compare.
enum HookFastPath {
    static func command(for arguments: [String]) -> (() throws -> Void)? {
        if arguments == ["scan", "--staged"] {
            return { try ScanCommand.runStaged() }
        }
        if arguments == ["hook", "post-commit"] {
            return { try HookCommand.PostCommit.run() }
        }
        // git passes the message file as the hook's one argument; anything that could be
        // an option is left to the parser.
        if arguments.count == 3, arguments[0] == "hook", arguments[1] == "commit-msg",
           let file = arguments.last, !file.isEmpty, !file.hasPrefix("-") {
            return { try HookCommand.CommitMessage.run(messageFile: file) }
        }
        return nil
    }
}
