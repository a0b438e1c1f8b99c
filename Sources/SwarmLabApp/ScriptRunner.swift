import Session
import ShellSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs lines non-interactively (a file, stdin, `-c`), printing output as a pipe would get it.
struct ScriptRunner {
  var session: Session
  /// Print `PS> command` before each command's output, so a run reads like the book.
  var echo = false

  /// Runs every line; returns the last command's exit status.
  mutating func run(lines: some Sequence<String>) -> Int32 {
    var pending: ContinuationScanner?
    var status: Int32 = 0
    for raw in lines {
      // Each line is scanned once, however many continuation lines a command has.
      var command = pending ?? ContinuationScanner()
      if command.needsMore(after: raw) {
        pending = command
        continue
      }
      pending = nil
      let line = command.text
      let trimmed = line.trimmingSpaces
      if trimmed.isEmpty { continue }
      if trimmed.hasPrefix("#") { continue }
      if echo { Output.write(session.prompt + line + "\n", toStderr: false) }
      let result = session.run(line)
      Output.emit(result)
      status = result.exitCode
      // A transcript marks a failure after the output; `--echo` writes one.
      if echo && status != 0 { Output.write("[exit \(status)]\n", toStderr: false) }
      if result.exitRequested { return status }
    }
    if let pending {
      let result = session.run(pending.text)
      Output.emit(result)
      status = result.exitCode
    }
    return status
  }
}

/// Writing to the real stdout/stderr, unbuffered relative to each other so interleaving holds.
enum Output {
  static func write(_ text: String, toStderr: Bool) {
    let fd: Int32 = toStderr ? 2 : 1
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeMutableBytes { buf in
        Glibc.write(fd, buf.baseAddress! + offset, buf.count - offset)
      }
      if n <= 0 { return }
      offset += n
    }
  }

  /// Prints a result as a pipe receives it (progress as its final frame).
  static func emit(_ output: SessionOutput) {
    for chunk in output.chunks {
      let text = chunk.plainText
      if !text.isEmpty { write(text, toStderr: chunk.stream == .stderr) }
    }
  }
}

extension String {
  var trimmingSpaces: Substring {
    var s = self[...]
    while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" { s.removeLast() }
    return s
  }
}
