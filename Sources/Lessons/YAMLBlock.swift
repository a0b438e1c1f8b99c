import Yams

/// A YAML block of a lesson file, composed with positions so every error names the file line.
struct YAMLBlock {
  let root: Node
  /// The file line of the block's first line.
  let firstLine: Int
  let file: String

  init(text: String, firstLine: Int, file: String) throws(LessonError) {
    self.firstLine = firstLine
    self.file = file
    do {
      guard let node = try Yams.compose(yaml: text) else {
        throw LessonError(file: file, line: firstLine, reason: "the YAML block is empty")
      }
      root = node
    } catch let error as LessonError {
      throw error
    } catch let error as YamlError {
      throw Self.translate(error, firstLine: firstLine, file: file)
    } catch {
      throw LessonError(file: file, line: firstLine, reason: "bad YAML: \(error)")
    }
  }

  static func translate(_ error: YamlError, firstLine: Int, file: String) -> LessonError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return LessonError(
        file: file, line: firstLine + mark.line - 1, reason: "bad YAML: \(problem)")
    default:
      return LessonError(file: file, line: firstLine, reason: "bad YAML: \(error)")
    }
  }

  func line(of node: Node?, default fallback: Int? = nil) -> Int {
    guard let mark = node?.mark else { return fallback ?? firstLine }
    return firstLine + mark.line - 1
  }

  func error(_ node: Node?, _ reason: String) -> LessonError {
    LessonError(file: file, line: line(of: node), reason: reason)
  }

  /// A mapping's entries by key, refusing keys outside `allowed`.
  func mapping(_ node: Node, allowed: [String]) throws(LessonError) -> [String: Node] {
    guard let mapping = node.mapping else {
      throw error(node, "expected a mapping of \(allowed.joined(separator: ", "))")
    }
    var result: [String: Node] = [:]
    for (key, value) in mapping {
      guard let name = key.string else { throw error(key, "keys must be plain words") }
      guard allowed.contains(name) else {
        throw error(
          key, "unknown key '\(name)' (expected one of: \(allowed.joined(separator: ", ")))")
      }
      result[name] = value
    }
    return result
  }

  func optionalString(_ map: [String: Node], _ key: String) throws(LessonError) -> String? {
    guard let node = map[key] else { return nil }
    guard let scalar = node.scalar else { throw error(node, "'\(key)' must be a single value") }
    return scalar.string
  }

  func requiredString(_ map: [String: Node], _ key: String, at node: Node) throws(LessonError)
    -> String
  {
    guard let value = try optionalString(map, key), !value.isEmpty else {
      throw error(node, "'\(key)' is missing")
    }
    return value
  }

  func optionalInt(_ map: [String: Node], _ key: String) throws(LessonError) -> Int? {
    guard let text = try optionalString(map, key) else { return nil }
    guard let value = Int(text) else {
      throw error(map[key], "'\(key)' must be a whole number, not '\(text)'")
    }
    return value
  }

  /// A list of strings; a single string is a list of one.
  func optionalStrings(_ map: [String: Node], _ key: String) throws(LessonError) -> [String]? {
    guard let node = map[key] else { return nil }
    if let scalar = node.scalar { return [scalar.string] }
    guard let sequence = node.sequence else { throw error(node, "'\(key)' must be a list") }
    return try sequence.map { item throws(LessonError) in
      guard let scalar = item.scalar else {
        throw error(item, "each entry of '\(key)' must be text")
      }
      return scalar.string
    }
  }
}
