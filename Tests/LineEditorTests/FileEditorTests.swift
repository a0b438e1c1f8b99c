import Foundation
import Session
import Testing

@testable import SwarmLabApp

/// `edit FILE`: the learner's editor on a host copy; the result lands in the workspace through
/// a replayable shell line.
@Suite(.serialized) struct FileEditorTests {
  func terminal() -> (TerminalOutput, () -> String) {
    final class Box { var text = "" }
    let box = Box()
    let terminal = TerminalOutput(
      isTerminal: true, environment: ["TERM": "dumb"], writeOut: { box.text += $0 },
      writeErr: { box.text += $0 })
    return (terminal, { box.text })
  }

  /// An editor command that replaces the file with `content`. Run as `sh SCRIPT`, not by
  /// executing the script: a process another test forks at the moment the script is written
  /// inherits its open write descriptor, and exec then fails with ETXTBSY ("Text file busy";
  /// seen once in CI).
  func editor(writing content: String) throws -> String {
    let script = FileManager.default.temporaryDirectory
      .appendingPathComponent("swarmlab-test-editor-\(UUID().uuidString).sh")
    let body = "#!/bin/sh\ncat > \"$1\" <<'SWARMLAB_EOF'\n\(content)SWARMLAB_EOF\n"
    try Data(body.utf8).write(to: script)
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
    return "sh '\(script.path)'"
  }

  @Test func anEditedFileIsKeptInTheWorkspaceByteForByte() throws {
    let content = "version: '3.7'\nservices:\n  it's:\n    image: \"x\" $HOME `y`\n"
    setenv("VISUAL", try editor(writing: content), 1)
    defer { unsetenv("VISUAL") }
    let engine = SessionEngine(session: Session())
    let (out, text) = terminal()
    #expect(engine.execute("mkdir lab", terminal: out) == .continue)
    #expect(engine.execute("edit lab/stack.yml", terminal: out) == .continue)
    #expect(engine.session.workspace.read("lab/stack.yml") == .success(content))
    // Unchanged the second time: nothing is written, and the learner is told.
    #expect(engine.execute("edit lab/stack.yml", terminal: out) == .continue)
    #expect(text().contains("edit: lab/stack.yml unchanged"))
  }

  @Test func theWriteBackLineReplaysWithoutAnEditor() {
    let text = "a'b\n\"c\" $d\n"
    let session = Session()
    _ = session.run(FileEditor.writeBackLine(path: "f.txt", text: text))
    #expect(session.workspace.read("f.txt") == .success(text))
  }

  @Test func refusalsArePlain() {
    let engine = SessionEngine(session: Session())
    let (out, text) = terminal()
    _ = engine.execute("edit", terminal: out)
    _ = engine.execute("edit /diamol", terminal: out)
    #expect(text().contains("edit: usage: edit FILE"))
    #expect(text().contains("edit: /diamol: Is a directory"))
    let piped = TerminalOutput(
      isTerminal: false, environment: [:], writeOut: { _ in }, writeErr: { _ in })
    #expect(engine.execute("edit x", terminal: piped) == .continue)
    #expect(engine.session.workspace.read("x") == .failure(.noSuchFile))
  }
}
