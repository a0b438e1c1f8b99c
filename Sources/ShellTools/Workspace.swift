public import OrderedCollections

/// The learner's working folder, in memory: what `pwd`, `cd`, `ls`, `cat`, `mkdir` and
/// redirections see. Three layers, first match wins:
/// 1. files and folders the session wrote (SwarmLab never writes to the host);
/// 2. read-only mounts of bundled files (the book's exercises under `/diamol`);
/// 3. the host's own files, read-only, when a ``HostFiles`` is given.
public struct Workspace: Sendable {
  public private(set) var currentDirectory: String
  /// `~` and `cd` with no operand.
  public let home: String
  private var written: OrderedDictionary<String, String> = [:]
  private var madeDirectories: OrderedSet<String> = []
  private let mounts: [WorkspaceMount]
  private let host: (any HostFiles)?

  public init(
    home: String = "/diamol", currentDirectory: String? = nil, mounts: [WorkspaceMount] = [],
    host: (any HostFiles)? = nil
  ) {
    self.home = WorkspacePath.normalize(home, relativeTo: "/")
    self.mounts = mounts
    self.host = host
    self.currentDirectory = WorkspacePath.normalize(
      currentDirectory ?? home, relativeTo: "/", home: self.home)
    madeDirectories.append(self.home)
  }

  /// An operand made absolute against the current folder.
  public func absolute(_ path: String) -> String {
    WorkspacePath.normalize(path, relativeTo: currentDirectory, home: home)
  }

  public enum Kind: Equatable, Sendable { case file, directory }

  public func kind(_ path: String) -> Kind? {
    let path = absolute(path)
    if path == "/" || path == "/dev" { return .directory }
    if path == "/dev/null" || written[path] != nil { return .file }
    if madeDirectories.contains(path) { return .directory }
    let prefix = path + "/"
    if written.keys.contains(where: { $0.hasPrefix(prefix) }) { return .directory }
    for mount in mounts {
      if mount.path == path || mount.path.hasPrefix(prefix) { return .directory }
      guard let relative = relative(path, to: mount.path) else { continue }
      if mount.files[relative] != nil { return .file }
      if mount.files.keys.contains(where: { $0.hasPrefix(relative + "/") }) { return .directory }
    }
    if madeDirectories.contains(where: { $0.hasPrefix(prefix) }) { return .directory }
    if let host {
      if host.list(path) != nil { return .directory }
      if host.read(path) != nil { return .file }
    }
    return nil
  }

  public func read(_ path: String) -> Result<String, WorkspaceError> {
    let path = absolute(path)
    if path == "/dev/null" { return .success("") }
    if let text = written[path] { return .success(text) }
    for mount in mounts {
      if let relative = relative(path, to: mount.path), let text = mount.files[relative] {
        return .success(text)
      }
    }
    if kind(path) == .directory { return .failure(.isDirectory) }
    if let text = host?.read(path) { return .success(text) }
    return .failure(.noSuchFile)
  }

  /// Writes (or appends to) a file; its folder must exist. Bundled and host files are shadowed,
  /// never changed.
  public mutating func write(_ path: String, _ text: String, append: Bool = false) -> Result<
    Void, WorkspaceError
  > {
    let path = absolute(path)
    if path == "/dev/null" { return .success(()) }
    switch kind(path) {
    case .directory: return .failure(.isDirectory)
    case .file:
      let old = append ? ((try? read(path).get()) ?? "") : ""
      written[path] = old + text
      return .success(())
    case nil:
      switch kind(WorkspacePath.parent(path)) {
      case .directory:
        written[path] = text
        return .success(())
      case .file: return .failure(.notDirectory)
      case nil: return .failure(.noSuchFile)
      }
    }
  }

  public mutating func makeDirectory(_ path: String, parents: Bool) -> Result<Void, WorkspaceError>
  {
    let path = absolute(path)
    switch kind(path) {
    case .directory: return parents ? .success(()) : .failure(.fileExists)
    case .file: return .failure(.fileExists)
    case nil: break
    }
    let parent = WorkspacePath.parent(path)
    if kind(parent) == nil {
      guard parents else { return .failure(.noSuchFile) }
      if case .failure(let error) = makeDirectory(parent, parents: true) { return .failure(error) }
    } else if kind(parent) == .file {
      return .failure(.notDirectory)
    }
    madeDirectories.append(path)
    return .success(())
  }

  /// Removes a file the session wrote; bundled and host files are read-only.
  public mutating func remove(_ path: String) -> Result<Void, WorkspaceError> {
    let path = absolute(path)
    if written.removeValue(forKey: path) != nil { return .success(()) }
    switch kind(path) {
    case .directory: return .failure(.isDirectory)
    case .file: return .failure(.readOnly)
    case nil: return .failure(.noSuchFile)
    }
  }

  public mutating func changeDirectory(_ path: String) -> Result<Void, WorkspaceError> {
    let target = absolute(path)
    switch kind(target) {
    case .directory:
      currentDirectory = target
      return .success(())
    case .file: return .failure(.notDirectory)
    case nil: return .failure(.noSuchFile)
    }
  }

  /// A folder's entry names, sorted as `ls` prints them.
  public func list(_ path: String) -> Result<[String], WorkspaceError> {
    let path = absolute(path)
    switch kind(path) {
    case .file: return .success([WorkspacePath.name(path)])
    case nil: return .failure(.noSuchFile)
    case .directory: break
    }
    var names: Set<String> = []
    let prefix = path == "/" ? "/" : path + "/"
    func addChild(of full: String) {
      guard full.hasPrefix(prefix), full.count > prefix.count else { return }
      if let name = full.dropFirst(prefix.count).split(separator: "/").first {
        names.insert(String(name))
      }
    }
    for key in written.keys { addChild(of: key) }
    for directory in madeDirectories { addChild(of: directory) }
    for mount in mounts {
      addChild(of: mount.path)
      for key in mount.files.keys { addChild(of: mount.path + "/" + key) }
    }
    if path == "/" { names.insert("dev") }
    if path == "/dev" { names.insert("null") }
    for name in host?.list(path) ?? [] { names.insert(name) }
    return .success(names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
  }

  private func relative(_ path: String, to mountPath: String) -> String? {
    if mountPath == "/" { return String(path.dropFirst()) }
    guard path.hasPrefix(mountPath + "/") else { return nil }
    return String(path.dropFirst(mountPath.count + 1))
  }
}
