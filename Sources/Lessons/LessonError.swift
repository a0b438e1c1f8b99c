/// Why a lesson file was refused, pointing at the file and line to fix.
public struct LessonError: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  /// 1-based line in the file; 0 when the problem is the whole file.
  public var line: Int
  public var reason: String

  public init(file: String, line: Int, reason: String) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  public var description: String { "\(file):\(line): \(reason)" }
}
