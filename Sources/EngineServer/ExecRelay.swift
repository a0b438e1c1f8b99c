public import EngineAPI

/// The bytes of a hijacked exec connection. With a terminal (`-t`) the stream is raw and the
/// server plays the terminal's line discipline: it echoes what is typed, ends lines with
/// CR LF and hands whole lines to the simulated shell. Without one, output is multiplexed as
/// in the logs, and stdin is read as plain lines.
public struct ExecRelay: Sendable {
  public let tty: Bool
  private var pending: [UInt8] = []

  public init(tty: Bool) { self.tty = tty }

  public static func encode(_ output: ExecOutput, tty: Bool) -> [UInt8] {
    var out: [UInt8] = []
    for chunk in output.chunks {
      switch chunk {
      case .stdout(let text):
        out += tty ? crlf(text) : LogStream.frame(stream: 1, Array(text.utf8))
      case .stderr(let text):
        out += tty ? crlf(text) : LogStream.frame(stream: 2, Array(text.utf8))
      }
    }
    if let prompt = output.prompt, output.exitCode == nil {
      out += tty ? crlf(prompt) : LogStream.frame(stream: 1, Array(prompt.utf8))
    }
    return out
  }

  static func crlf(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\n") { out.append(UInt8(ascii: "\r")) }
      out.append(byte)
    }
    return out
  }

  /// What a keystroke or a chunk of stdin does: bytes to echo now, and complete lines for the
  /// shell (nil stands for end of input: Ctrl-D on an empty line, or the client closing).
  public mutating func feed(_ bytes: [UInt8]) -> (echo: [UInt8], lines: [String?]) {
    var echo: [UInt8] = []
    var lines: [String?] = []
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "\r") where tty, UInt8(ascii: "\n"):
        if tty { echo += [13, 10] }
        lines.append(String(decoding: pending, as: UTF8.self))
        pending = []
      case 0x7f where tty, 0x08 where tty:
        if !pending.isEmpty {
          pending.removeLast()
          echo += [0x08, 0x20, 0x08]
        }
      case 0x03 where tty:
        // Ctrl-C: the line is abandoned and the shell prompts again.
        echo += Array("^C\r\n".utf8)
        pending = []
        lines.append("")
      case 0x04 where tty:
        if pending.isEmpty { lines.append(nil) }
      default:
        if tty && byte < 0x20 { continue }
        pending.append(byte)
        if tty { echo.append(byte) }
      }
    }
    return (echo, lines)
  }
}
