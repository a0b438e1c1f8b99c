import Foundation
import LineEditor
import Session
import ShellTools

extension SessionEngine {
  /// `edit FILE` at the prompt: see `FileEditor`. The edited text is written back by a shell
  /// line run as if typed, so lessons see it and recordings replay it.
  func edit(_ operands: [String], terminal: TerminalOutput) -> ShellAction {
    guard operands.count == 1, let path = operands.first else {
      terminal.writeError("edit: usage: edit FILE (one file of the SwarmLab workspace)\n")
      return .continue
    }
    guard terminal.isTerminal else {
      terminal.writeError(
        "edit: needs the interactive shell on a terminal (write files with echo or printf > FILE)\n"
      )
      return .continue
    }
    let current = gate.exclusive { session.isInsideContainer ? nil : session.workspace.read(path) }
    let text: String
    switch current {
    case nil:
      terminal.writeError(
        "edit: leave the container shell first (exit); edit works on SwarmLab's files\n")
      return .continue
    case .success(let existing)?: text = existing
    case .failure(.noSuchFile)?: text = ""
    case .failure(let error)?:
      terminal.writeError("edit: \(path): \(error.message)\n")
      return .continue
    }
    switch FileEditor.edit(text, name: path, environment: ProcessInfo.processInfo.environment) {
    case .unchanged:
      terminal.write("edit: \(path) unchanged\n")
      return .continue
    case .failed(let message):
      terminal.writeError("edit: \(message)\n")
      return .continue
    case .edited(let edited):
      return execute(FileEditor.writeBackLine(path: path, text: edited), terminal: terminal)
    }
  }
}
