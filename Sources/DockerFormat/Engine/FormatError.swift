public import GoTemplate

/// A `--format` template failure of a list command, with docker 20.10's stderr text.
///
/// Verified on docker 20.10.24 (`docker service ls --format ...`): a parse error prints
/// `template parsing error: <go error>`; an execution error prints the same prefix but the
/// message ends in `\n`, so a blank line follows on stderr. No stdout is written; exit code 1.
public struct FormatError: Error, Sendable, Equatable {
  public var template: TemplateError

  public init(_ template: TemplateError) { self.template = template }

  /// The error text as `err.Error()`; docker's `main` prints it followed by a newline.
  public var message: String {
    switch template.kind {
    case .parse: return "template parsing error: \(template.message)"
    case .execution: return "template parsing error: \(template.message)\n"
    }
  }

  /// The process exit code docker uses.
  public var exitCode: Int32 { 1 }
}
