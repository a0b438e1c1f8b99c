import Yams

/// The book's exercise tree for chapters 13 and 14, compiled into SwarmLab so a learner can
/// `cd ch13/exercises` and deploy `./todo-list/v1.yml` without a clone of the book's repository.
/// The files are written for SwarmLab with the facts the chapters rely on
/// (`Resources/exercises.yml`).
public enum ExerciseFiles {
  /// One bundled file: its path relative to the learner's starting folder and its exact text.
  public struct File: Sendable, Equatable {
    public var path: String
    public var contents: String
  }

  /// Every bundled file, sorted by path (the workspace mounts them in this order).
  public static let all: [File] = {
    let text = String(decoding: PackageResources.exercises_yml, as: UTF8.self)
    // The resource is part of the package and checked by the tests; failing here is a build defect.
    let files = try! decode(text)
    return files
  }()

  /// The file at `path` (relative, `/`-separated, no `./`), if bundled.
  public static func contents(of path: String) -> String? {
    all.first { $0.path == path }?.contents
  }

  /// Parses the bundle format: a YAML mapping from path to contents.
  static func decode(_ text: String) throws -> [File] {
    guard let node = try Yams.compose(yaml: text), let mapping = node.mapping else {
      throw BundleError.notAMapping
    }
    var files: [File] = []
    for (key, value) in mapping {
      guard let path = key.string, let contents = value.string else {
        throw BundleError.notAString(key.string ?? "?")
      }
      files.append(File(path: path, contents: contents))
    }
    return files.sorted { $0.path < $1.path }
  }

  enum BundleError: Error {
    case notAMapping
    case notAString(String)
  }
}
