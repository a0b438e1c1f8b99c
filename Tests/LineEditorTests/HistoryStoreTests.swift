import Foundation
import LineEditor
import Testing

@Suite("History file")
struct HistoryStoreTests {
  @Test(
    "the file lives under XDG_STATE_HOME, else ~/.local/state",
    arguments: [
      (["XDG_STATE_HOME": "/x/state", "HOME": "/home/a"], "/x/state/swarmlab/history"),
      (["XDG_STATE_HOME": "/x/state/", "HOME": "/home/a"], "/x/state/swarmlab/history"),
      (["XDG_STATE_HOME": "", "HOME": "/home/a"], "/home/a/.local/state/swarmlab/history"),
      (["XDG_STATE_HOME": "relative", "HOME": "/home/a"], "/home/a/.local/state/swarmlab/history"),
      (["HOME": "/home/a"], "/home/a/.local/state/swarmlab/history"),
      ([:], nil),
    ] as [([String: String], String?)])
  func defaultPath(environment: [String: String], expected: String?) {
    #expect(HistoryStore.defaultPath(environment: environment) == expected)
  }

  @Test("entries are stored newline-free, without blanks or immediate repeats")
  func normalizing() {
    let store = HistoryStore(path: nil, warn: { _ in })
    store.append("docker service create \\\n  --name web nginx\n")
    store.append("   ")
    store.append("docker node ls")
    store.append("docker node ls")
    #expect(store.entries == ["docker service create \\   --name web nginx", "docker node ls"])
  }

  @Test("the history is capped to the newest entries, on disk too")
  func cap() throws {
    let directory = try temporaryDirectory()
    let path = directory + "/state/swarmlab/history"
    let store = HistoryStore(path: path, limit: 3, warn: { _ in })
    for index in 1...5 { store.append("cmd \(index)") }
    store.save()
    #expect(store.entries == ["cmd 3", "cmd 4", "cmd 5"])
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "cmd 3\ncmd 4\ncmd 5\n")

    let reloaded = HistoryStore(path: path, limit: 2, warn: { _ in })
    reloaded.load()
    #expect(reloaded.entries == ["cmd 4", "cmd 5"])
  }

  @Test("UTF-8 entries round-trip through the file")
  func unicode() throws {
    let path = try temporaryDirectory() + "/history"
    let store = HistoryStore(path: path, warn: { _ in })
    store.append("docker service create --label café=日本 nginx")
    store.save()
    let reloaded = HistoryStore(path: path, warn: { _ in })
    reloaded.load()
    #expect(reloaded.entries == ["docker service create --label café=日本 nginx"])
  }

  @Test("a file that cannot be written or read gives one warning line, no crash")
  func unwritable() throws {
    let directory = try temporaryDirectory()
    // A regular file where the directory should be makes both directory creation and reads fail.
    _ = FileManager.default.createFile(atPath: directory + "/blocker", contents: Data())
    var warnings: [String] = []
    let store = HistoryStore(path: directory + "/blocker/history", warn: { warnings.append($0) })
    store.append("docker node ls")
    store.save()
    store.save()
    #expect(warnings.count == 1)
    #expect(warnings.first?.hasPrefix("swarmlab: warning: cannot write history file") == true)
    #expect(warnings.first?.contains("\n") == false)
    #expect(store.entries == ["docker node ls"])

    let unreadable = HistoryStore(path: directory, warn: { warnings.append($0) })
    unreadable.load()
    #expect(warnings.count == 2)
    #expect(warnings.last?.hasPrefix("swarmlab: warning: cannot read history file") == true)
  }

  private func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "swarmlab-history-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}
