import Foundation
import ShellTools

/// The real machine's files, read-only, behind the workspace: a learner who cloned the book's
/// repository can `cat` and `ls` it. Nothing is ever written; big files are read only up to a
/// limit so a stray `cat` cannot fill memory.
struct LocalHostFiles: HostFiles {
  static let readLimit = 1 << 20

  func read(_ path: String) -> String? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      !isDirectory.boolValue, let handle = FileHandle(forReadingAtPath: path)
    else { return nil }
    defer { try? handle.close() }
    let data = (try? handle.read(upToCount: Self.readLimit)) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  func list(_ path: String) -> [String]? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { return nil }
    return try? FileManager.default.contentsOfDirectory(atPath: path)
  }
}
