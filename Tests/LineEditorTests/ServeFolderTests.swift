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
  func privateFolder() throws -> String { try ServeCommand.makePrivateFolder() }

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

  /// A `--socket` in a folder serve did not make (even one named like ours) leaves it.
  @Test func aFolderNotOursStays() throws {
    let folder = NSTemporaryDirectory() + "swarmlab-test-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    ServeCommand.removePrivateFolder(of: folder + "/docker.sock")
    #expect(FileManager.default.fileExists(atPath: folder))
  }
}
