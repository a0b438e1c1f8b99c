import Foundation
import Testing

@testable import Lessons

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 11: `run`, `test`, `record` and progress files refuse what is not a regular file, with
/// one line naming the file and the reason, and write atomically through symlinks.
@Suite struct FileAccessTests {
  let folder = NSTemporaryDirectory() + "swarmlab-files-\(UUID().uuidString)"

  init() throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  func reason(reading path: String, limit: Int = FileAccess.defaultSizeLimit) -> String? {
    do {
      _ = try FileAccess.readRegularFile(path, limit: limit)
      return nil
    } catch {
      return error.description
    }
  }

  func reason(writing path: String) -> String? {
    do {
      _ = try FileAccess.writeTarget(path)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func readingRefusesWhatIsNotARegularFileWithoutBlocking() throws {
    let fifo = folder + "/fifo"
    #expect(mkfifo(fifo, 0o644) == 0)
    #expect(reason(reading: fifo) == "\(fifo): it is a FIFO (named pipe), not a regular file")
    let zero = folder + "/zero"
    try FileManager.default.createSymbolicLink(atPath: zero, withDestinationPath: "/dev/zero")
    #expect(reason(reading: zero) == "\(zero): it is a device, not a regular file")
    #expect(reason(reading: folder) == "\(folder): it is a directory")
    #expect(reason(reading: folder + "/missing") == "\(folder)/missing: No such file or directory")
    let big = folder + "/big"
    try Data(repeating: 65, count: 100).write(to: URL(fileURLWithPath: big))
    #expect(
      reason(reading: big, limit: 10)
        == "\(big): it is 100 bytes; SwarmLab reads files of at most 10 bytes")
    #expect(reason(reading: big) == nil)
  }

  @Test func writingChecksTheTargetFirstAndFollowsSymlinks() throws {
    #expect(reason(writing: "/dev/null") == "/dev/null: it is a device, not a regular file")
    #expect(reason(writing: folder) == "\(folder): it is a directory")
    #expect(
      reason(writing: folder + "/no/such.txt")
        == "\(folder)/no/such.txt: its folder \(folder)/no does not exist")
    let fifo = folder + "/fifo"
    #expect(mkfifo(fifo, 0o644) == 0)
    #expect(reason(writing: fifo) == "\(fifo): it is a FIFO (named pipe), not a regular file")
    #expect(reason(writing: folder + "/new.txt") == nil)

    let real = folder + "/real.txt"
    try Data("old".utf8).write(to: URL(fileURLWithPath: real))
    let link = folder + "/link.txt"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
    try FileAccess.writeAtomically(Array("new".utf8), to: try FileAccess.writeTarget(link))
    #expect(try String(contentsOfFile: real, encoding: .utf8) == "new")
    let attributes = try FileManager.default.attributesOfItem(atPath: link)
    #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
  }
}
