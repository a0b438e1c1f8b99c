import Foundation
import ShellTools

/// `edit FILE`: the learner's own editor (`$VISUAL`, `$EDITOR`, else `vi`) on a host copy of a
/// workspace file (the 13.6 lab writes a stack file this way). The host copy is private and
/// removed afterwards; the workspace, never the host, keeps the result.
///
/// The result goes back into the workspace as a `printf '%s' '…' > FILE` line run through the
/// session, so lesson history, progress and recordings replay it without an editor.
enum FileEditor {
  /// The operands of an `edit` line, or nil when the line is not one.
  static func words(_ line: String) -> [String]? {
    let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
    return words.first == "edit" ? Array(words.dropFirst()) : nil
  }

  enum Outcome: Equatable {
    case unchanged
    case edited(String)
    case failed(String)
  }

  /// Opens the editor on `text` and waits for it to exit.
  static func edit(_ text: String, name: String, environment: [String: String]) -> Outcome {
    let editor =
      [environment["VISUAL"], environment["EDITOR"]]
      .compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "vi"
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("swarmlab-edit-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(
        at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    } catch {
      return .failed("cannot make a private folder for the copy: \(error.localizedDescription)")
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    // The editor shows the file's own name (and picks its syntax from the extension).
    let base = (name as NSString).lastPathComponent
    let copy = folder.appendingPathComponent(base.isEmpty || base == "/" ? "file" : base)
    do { try Data(text.utf8).write(to: copy) } catch {
      return .failed("cannot write the copy: \(error.localizedDescription)")
    }
    // `$EDITOR` may carry arguments (`code -w`), as git and crontab allow. posix_spawn, not
    // Foundation's Process: on Linux that starts the child in a session of its own, without
    // the terminal, and a terminal editor then exits at once.
    let status = run(["/bin/sh", "-c", "\(editor) \"$1\"", "sh", copy.path])
    guard status == 0 else {
      return .failed(
        status < 0
          ? "cannot start \(editor); \(name) unchanged"
          : "\(editor) exited with status \(status); \(name) unchanged")
    }
    guard let data = try? Data(contentsOf: copy) else {
      return .failed("the edited copy is gone; \(name) unchanged")
    }
    let edited = String(decoding: data, as: UTF8.self)
    return edited == text ? .unchanged : .edited(edited)
  }

  /// The shell line that writes `text` to `path` byte for byte.
  static func writeBackLine(path: String, text: String) -> String {
    "printf '%s' \(quoted(text)) > \(quoted(path))"
  }

  /// Single quotes, with each `'` written as `'\''`, as a POSIX shell reads them.
  static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
  }

  /// Runs `argv` on this process's terminal and waits; its exit status, or -1.
  private static func run(_ argv: [String]) -> Int32 {
    var pid = pid_t()
    var cArgs = argv.map { strdup($0) } + [nil]
    defer { for arg in cArgs { free(arg) } }
    guard posix_spawn(&pid, argv[0], nil, nil, &cArgs, environ) == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      if errno != EINTR { return -1 }
    }
    // WIFEXITED / WEXITSTATUS, which Swift does not import as functions.
    return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
  }
}
