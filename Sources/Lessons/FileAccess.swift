import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads and writes the files SwarmLab owns or is pointed at with plain POSIX calls, so every
/// problem becomes one line naming the file and errno's reason (never Foundation's
/// `NSCocoaErrorDomain Code=512` text), and so a FIFO, a device or a link to `/dev/zero` is
/// refused instead of blocking or reading without end.
public enum FileAccess {
  /// Why a file could not be read or written: one line for the learner.
  public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    /// The file does not exist (which callers often treat as "nothing yet").
    public var isMissing: Bool

    public init(path: String, reason: String, isMissing: Bool = false) {
      self.path = path
      self.reason = reason
      self.isMissing = isMissing
    }

    public var description: String { "\(path): \(reason)" }
  }

  /// Files SwarmLab reads whole: transcripts, scripts, lessons, progress.
  public static let defaultSizeLimit = 16 << 20

  static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

  /// What kind of thing `path` is (following links), or why it cannot be looked at.
  static func kind(of path: String) -> Result<mode_t, Failure> {
    var info = stat()
    guard stat(path, &info) == 0 else {
      let code = errno
      return .failure(Failure(path: path, reason: reason(code), isMissing: code == ENOENT))
    }
    return .success(info.st_mode & S_IFMT)
  }

  static func describe(kind: mode_t) -> String {
    switch kind {
    case S_IFDIR: "it is a directory"
    case S_IFIFO: "it is a FIFO (named pipe), not a regular file"
    case S_IFCHR, S_IFBLK: "it is a device, not a regular file"
    case S_IFSOCK: "it is a socket, not a regular file"
    default: "it is not a regular file"
    }
  }

  /// The bytes of a regular file no larger than `limit`.
  public static func readRegularFile(_ path: String, limit: Int = defaultSizeLimit) throws(Failure)
    -> [UInt8]
  {
    // O_NONBLOCK: opening a FIFO must not wait for a writer before fstat can refuse it.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      let code = errno
      throw Failure(path: path, reason: reason(code), isMissing: code == ENOENT)
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw Failure(path: path, reason: reason(errno)) }
    let kind = info.st_mode & S_IFMT
    guard kind == S_IFREG else { throw Failure(path: path, reason: describe(kind: kind)) }
    guard Int(info.st_size) <= limit else {
      throw Failure(
        path: path,
        reason: "it is \(info.st_size) bytes; SwarmLab reads files of at most \(limit) bytes")
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw Failure(path: path, reason: reason(errno))
      }
      if count == 0 { break }
      bytes += chunk[0..<count]
      // A file that grows while it is read is held to the same limit.
      guard bytes.count <= limit else {
        throw Failure(path: path, reason: "it is larger than \(limit) bytes")
      }
    }
    return bytes
  }

  /// Where writing `path` will put the file: `path` itself when it is a new name in an existing
  /// folder or an existing regular file, the file a symlink points to (written through), and
  /// never a device, FIFO, socket or directory, nor anything in a folder that is missing.
  public static func writeTarget(_ path: String) throws(Failure) -> String {
    var info = stat()
    if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
      guard let resolved = realpath(path, nil) else {
        throw Failure(path: path, reason: "it is a symbolic link to a missing file")
      }
      defer { free(resolved) }
      return try writeTarget(String(cString: resolved))
    }
    let parent = folder(of: path)
    switch kind(of: path) {
    case .success(let kind):
      guard kind == S_IFREG else { throw Failure(path: path, reason: describe(kind: kind)) }
    case .failure(let failure) where failure.isMissing:
      guard case .success(let kind) = self.kind(of: parent), kind == S_IFDIR else {
        throw Failure(path: path, reason: "its folder \(parent) does not exist")
      }
    case .failure(let failure):
      throw failure
    }
    // The file is replaced by renaming a new one beside it, so the folder must be writable.
    guard access(parent, W_OK) == 0 else {
      throw Failure(path: path, reason: "its folder \(parent) is not writable (\(reason(errno)))")
    }
    return path
  }

  /// The folder holding `path` (`.` for a bare name, `/` for a top-level one).
  static func folder(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    let folder = trimmed[..<slash]
    return folder.isEmpty ? "/" : String(folder)
  }

  /// Creates `directory` and its parents.
  public static func makeDirectory(_ directory: String) throws(Failure) {
    if case .success(let kind) = kind(of: directory) {
      guard kind == S_IFDIR else {
        throw Failure(path: directory, reason: "it exists and is not a directory")
      }
      return
    }
    let parent = folder(of: directory)
    if parent != directory && parent != "." { try makeDirectory(parent) }
    guard mkdir(directory, 0o755) == 0 || errno == EEXIST else {
      throw Failure(path: directory, reason: reason(errno))
    }
  }

  /// Writes `bytes` to a temporary file beside `path`, flushes it and renames it over `path`,
  /// so a crash leaves either the old file or the new one, never half of either.
  public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Failure) {
    let temp = path + ".tmp"
    let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
    guard fd >= 0 else { throw Failure(path: temp, reason: reason(errno)) }
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
      if count < 0 {
        if errno == EINTR { continue }
        let code = errno
        close(fd)
        unlink(temp)
        throw Failure(path: temp, reason: reason(code))
      }
      written += count
    }
    if fsync(fd) != 0 || close(fd) != 0 {
      let code = errno
      unlink(temp)
      throw Failure(path: temp, reason: reason(code))
    }
    // rename(2) replaces the target atomically on the same file system.
    guard rename(temp, path) == 0 else {
      let code = errno
      unlink(temp)
      throw Failure(path: path, reason: reason(code))
    }
  }
}
