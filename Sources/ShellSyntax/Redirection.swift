/// One redirection of a ``SimpleCommand``: `>`, `>>`, `<`, `N>&M`, `&>`, `&>>`.
///
/// The target is kept as a word so it is expanded at execution time like any argument.
public struct Redirection: Equatable, Sendable {
  /// What the redirection does with its file descriptor.
  public enum Operation: Equatable, Sendable {
    /// `N>file` (and `>|`): truncate or create the file.
    case write
    /// `N>>file`.
    case append
    /// `N<file`.
    case read
    /// `N>&M`: descriptor N becomes a copy of M (the target word holds M's digits).
    case duplicate
    /// `&>file` or `>&file`: standard output and standard error both go to the file.
    case writeBoth
    /// `&>>file`.
    case appendBoth
  }

  /// The descriptor redirected: 1 for `>`, 0 for `<`, N for `N>`; 1 for the `Both` forms.
  public var descriptor: Int
  public var operation: Operation
  public var target: ShellWord

  public init(descriptor: Int, operation: Operation, target: ShellWord) {
    self.descriptor = descriptor
    self.operation = operation
    self.target = target
  }
}
