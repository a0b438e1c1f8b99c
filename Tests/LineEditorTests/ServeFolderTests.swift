import Foundation
import Testing

@testable import SwarmLabApp

#if canImport(Glibc)
  import Glibc
#endif

/// Without `--socket` (and no `$XDG_RUNTIME_DIR`), `serve` makes a private folder for its
/// socket; stopping removes that folder with the socket, and never a folder that is not ours
/// or that holds anything else.
@Suite struct ServeFolderTests {
  func privateFolder() throws -> String {
    var template = Array((NSTemporaryDirectory() + "swarmlab-XXXXXX").utf8CString)
    return String(cString: try #require(mkdtemp(&template)))
  }

  @Test func anEmptyPrivateFolderGoesWithTheSocket() throws {
    let folder = try privateFolder()
    ServeCommand.removePrivateFolder(of: folder + "/docker.sock")
    #expect(!FileManager.default.fileExists(atPath: folder))
  }

  @Test func aFolderWithOtherFilesStays() throws {
    let folder = try privateFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    FileManager.default.createFile(atPath: folder + "/keep", contents: Data())
    ServeCommand.removePrivateFolder(of: folder + "/docker.sock")
    #expect(FileManager.default.fileExists(atPath: folder + "/keep"))
  }

  @Test func aFolderNotOursStays() throws {
    let folder = NSTemporaryDirectory() + "not-swarmlab-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    ServeCommand.removePrivateFolder(of: folder + "/docker.sock")
    #expect(FileManager.default.fileExists(atPath: folder))
  }
}
