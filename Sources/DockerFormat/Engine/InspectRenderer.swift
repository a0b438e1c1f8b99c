public import GoTemplate

/// docker 20.10's `inspect` output (`cli/command/inspect/inspector.go`) for typed elements.
public enum InspectRenderer {
  /// One requested reference: its value, or the lookup error docker reports for it
  /// (such as `Error: No such node: nosuch`).
  public enum Element: Sendable, Equatable {
    case value(TemplateValue)
    case failure(String)
  }

  /// What docker prints: stdout, then (if any) the error on stderr, exit code 1.
  public struct Output: Sendable, Equatable {
    public var stdout: String
    /// The full stderr line without its trailing newline, e.g.
    /// `Status: Error: No such node: nosuch, Code: 1`.
    public var error: String?
    /// 64 for a template that does not parse when docker prints the error as it is (a
    /// `Status:` line always exits 1).
    public var failureCode: Int32 = 1
    public var exitCode: Int32 { error == nil ? 0 : failureCode }
  }

  /// Renders the elements without `-f` (4-space indented JSON array) or with a template.
  ///
  /// 20.10 wraps every error in `cli.StatusError`, printed as `Status: <errors>, Code: <n>`
  /// (64 for a template that does not parse, 1 otherwise; the exit status is 1 either way).
  /// `statusWrapped: false` prints the errors as they are, one a line, as 20.10's
  /// `container inspect`, `network inspect` and `docker inspect` do.
  public static func render(_ elements: [Element], format: String?, statusWrapped: Bool = true)
    -> Output
  {
    func status(_ failures: [String], code: Int) -> String? {
      guard !failures.isEmpty else { return nil }
      return statusWrapped
        ? "Status: \(failures.joined(separator: "\n")), Code: \(code)"
        : failures.joined(separator: "\n")
    }
    var failures: [String] = []
    guard let format, !format.isEmpty else {
      var values: [TemplateValue] = []
      for element in elements {
        switch element {
        case .value(let v): values.append(v)
        case .failure(let message): failures.append(message)
        }
      }
      let json = values.isEmpty ? "[]" : GoJSON.marshalIndent(.array(values))
      return Output(stdout: json + "\n", error: status(failures, code: 1))
    }
    let template: Template
    do {
      template = try Template(format, functions: Template.dockerFunctions)
    } catch {
      return Output(
        stdout: "", error: status(["template parsing error: \(error.message)"], code: 64),
        failureCode: statusWrapped ? 1 : 64)
    }
    var buffer = ""
    for element in elements {
      switch element {
      case .value(let v):
        do {
          buffer += try template.execute(v) + "\n"
        } catch {
          let message = statusWrapped ? error.message : rawFallbackMessage(error.message)
          failures.append("template parsing error: \(message)")
        }
      case .failure(let message): failures.append(message)
      }
    }
    return Output(stdout: buffer.isEmpty ? "\n" : buffer, error: status(failures, code: 1))
  }

  /// Where docker has the object's raw JSON (container, network and `docker inspect`), a
  /// template that fails on the typed object is run again on the JSON map with
  /// `missingkey=error`, and that run's error is the one printed: a missing field reads
  /// `map has no entry for key "X"`. Only that (most common) error is reworded here.
  static func rawFallbackMessage(_ message: String) -> String {
    guard let range = message.range(of: "can't evaluate field ") else { return message }
    let rest = message[range.upperBound...]
    guard let space = rest.firstIndex(of: " "), rest[space...].hasPrefix(" in type ") else {
      return message
    }
    return message[..<range.lowerBound] + "map has no entry for key \"\(rest[..<space])\""
  }

}
