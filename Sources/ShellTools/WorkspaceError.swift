/// Why a workspace operation failed. Callers frame it their own way (busybox's
/// `cat: can't open 'x': …`, bash's `x: …`); the reason itself is the C library's text.
public enum WorkspaceError: Error, Equatable, Sendable {
  case noSuchFile
  case isDirectory
  case notDirectory
  case fileExists
  case readOnly

  /// The reason as `strerror` words it, which busybox and bash both print.
  public var message: String {
    switch self {
    case .noSuchFile: "No such file or directory"
    case .isDirectory: "Is a directory"
    case .notDirectory: "Not a directory"
    case .fileExists: "File exists"
    case .readOnly: "Read-only file system"
    }
  }
}

/// Read-only access to the real machine's files (a learner's own clone of the book's
/// repository). The app supplies it; tests and the pure core use none.
public protocol HostFiles: Sendable {
  /// The contents of a regular file, or nil.
  func read(_ path: String) -> String?
  /// The entry names of a directory, or nil when it is not one.
  func list(_ path: String) -> [String]?
}

/// Bundled files shown read-only at a folder of the workspace (the book's exercise tree).
public struct WorkspaceMount: Sendable {
  /// Where the files appear, absolute (`/diamol`).
  public var path: String
  /// Gives the files; a bundle that costs time to unpack is unpacked at the first read, not
  /// by every session at start.
  private let load: @Sendable () -> [String: String]

  /// Relative paths (`ch13/exercises/todo-list/v1.yml`) to contents.
  public var files: [String: String] { load() }

  public init(path: String, files: [String: String]) {
    self.init(path: path, loading: { files })
  }

  /// A mount whose files `load` gives when first needed; it is called on every read, so it
  /// should hand back a value it keeps (a `static let`).
  public init(path: String, loading load: @escaping @Sendable () -> [String: String]) {
    self.path = WorkspacePath.normalize(path, relativeTo: "/")
    self.load = load
  }
}

/// Absolute, normalised paths (`/a/b`, never a trailing slash except `/`).
public enum WorkspacePath {
  public static func normalize(_ path: String, relativeTo directory: String, home: String = "/")
    -> String
  {
    var full = path
    if full == "~" || full.hasPrefix("~/") { full = home + full.dropFirst() }
    if !full.hasPrefix("/") { full = directory + "/" + full }
    var parts: [Substring] = []
    for part in full.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": _ = parts.popLast()
      default: parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }

  public static func parent(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/"), path != "/" else { return "/" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  public static func name(_ path: String) -> String {
    String(path.split(separator: "/").last ?? "/")
  }
}
