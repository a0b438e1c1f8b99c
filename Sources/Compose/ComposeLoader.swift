import Yams

/// Reads the compose files of one `docker stack deploy -c FILE…` as docker 20.10 does: YAML,
/// version, interpolation, forbidden keys, schema, decoding, then the merge. The first error
/// stops it with docker's message; warnings about keys a swarm ignores are returned for the
/// caller to print on stderr before anything is created.
public struct ComposeLoader: Sendable {
  /// One compose file as given on the command line: its name (for `file:` paths) and text.
  public struct Source: Sendable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
      self.name = name
      self.text = text
    }
  }

  /// What loading produced: the project and the stderr text docker prints about ignored keys.
  public struct Result: Sendable {
    public var project: ComposeProject
    /// `Ignoring unsupported options: …` and `Ignoring deprecated options: …` paragraphs,
    /// exactly as 20.10 prints them (each ends with a blank line), or the empty string.
    public var warnings: String
  }

  public var interpolation: ComposeInterpolation

  public init(environment: [String: String] = [:]) {
    interpolation = ComposeInterpolation(environment: environment)
  }

  public func load(_ sources: [Source]) throws(ComposeError) -> Result {
    var documents: [(version: String, value: YAMLValue)] = []
    for source in sources {
      documents.append(try document(source))
    }
    guard let first = documents.first else {
      throw ComposeError(.load, "Please specify only one compose file (with --compose-file).")
    }
    for other in documents.dropFirst() where other.version != first.version {
      throw ComposeError(
        .load,
        "version mismatched between two composefiles : \(first.version) and \(other.version)")
    }
    var project: ComposeProject?
    for (version, value) in documents {
      let next = try ComposeDecoder().project(value, version: version)
      project = project.map { ComposeMerge.merge($0, next) } ?? next
    }
    let warnings = ComposeIgnoredOptions.warnings(documents.map(\.value))
    return Result(project: project ?? ComposeProject(version: first.version), warnings: warnings)
  }

  private func document(_ source: Source) throws(ComposeError) -> (String, YAMLValue) {
    let node: Node?
    do {
      node = try Yams.compose(yaml: source.text)
    } catch let error as YamlError {
      throw ComposeError(.load, Self.goYAMLMessage(error))
    } catch {
      throw ComposeError(.load, "yaml: \(error)")
    }
    guard let node, case .mapping = node else {
      throw ComposeError(.load, "Top-level object must be a mapping")
    }
    let raw = try YAMLValue(node: node, section: nil)
    let version: String
    switch raw["version"] {
    case nil: version = "1.0"
    case .string(let text)?: version = text
    default: throw ComposeError(.load, "version must be a string")
    }
    let supported = ["3", "3.0", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9"]
    guard supported.contains(version) else {
      throw ComposeError(.load, "unsupported Compose file version: \(version)")
    }
    let value = try interpolation.interpolate(raw)
    if let forbidden = ComposeIgnoredOptions.forbidden(value) {
      throw ComposeError(.load, forbidden)
    }
    if let error = SchemaValidator.firstError(value, against: ComposeSchemaDefinitions.document) {
      throw ComposeError(.load, error)
    }
    return (version, value)
  }

  /// go-yaml v2's wording: `yaml: line N: PROBLEM`, where a parser error counts lines from 0
  /// and a scanner error from 1 (a quirk of go-yaml that docker shows as is).
  static func goYAMLMessage(_ error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, let mark, _):
      return "yaml: line \(mark.line): \(problem)"
    case .composer(_, "found undefined alias", let mark, let yaml):
      // go-yaml names the anchor and no line.
      let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
      let line = lines.dropFirst(max(mark.line - 1, 0)).first ?? ""
      let name = line.unicodeScalars.dropFirst(max(mark.column, 0)).prefix {
        !" ,[]{}\t".unicodeScalars.contains($0)
      }
      return "yaml: unknown anchor '\(String(String.UnicodeScalarView(name)))' referenced"
    case .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
      return mark.line > 1 ? "yaml: line \(mark.line - 1): \(problem)" : "yaml: \(problem)"
    default:
      return "yaml: \(error)"
    }
  }
}
