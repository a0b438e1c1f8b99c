internal import CLibEdit

#if canImport(Glibc)
  import Glibc
#endif

/// Reads newline-terminated lines from stdin without a line editor (pipes, `TERM=dumb`).
public enum PlainLineReader {
  /// The next line without its newline; a Ctrl-C during the read is `.interrupted`.
  public static func readLine() -> ReadResult {
    var status: Int32 = 0
    guard let line = cle_read_plain_line(&status) else {
      if status == Int32(CLE_READ_INTERRUPTED) {
        _ = Interrupts.consume()
        return .interrupted
      }
      return .eof
    }
    defer { free(line) }
    return .line(String(cString: line))
  }
}
