import ShellTools
import Testing

/// The in-memory working folder: written files, read-only mounts of bundled files, and the
/// host's files behind them, never written.
@Suite struct WorkspaceTests {
  /// The error of a failed operation, nil when it succeeded.
  func error(_ result: Result<Void, WorkspaceError>) -> WorkspaceError? {
    if case .failure(let error) = result { return error }
    return nil
  }

  /// A host with one clone of the book's repository.
  struct FakeHost: HostFiles {
    let files = ["/home/me/diamol/ch14/exercises/stack.yml": "version: \"3.7\"\n"]

    func read(_ path: String) -> String? { files[path] }

    func list(_ path: String) -> [String]? {
      let prefix = path + "/"
      let names = files.keys.filter { $0.hasPrefix(prefix) }.compactMap {
        $0.dropFirst(prefix.count).split(separator: "/").first.map(String.init)
      }
      return names.isEmpty ? nil : Array(Set(names)).sorted()
    }
  }

  let bundle = WorkspaceMount(
    path: "/diamol",
    files: [
      "ch13/exercises/todo-list/v1.yml": "services: {}\n",
      "ch13/exercises/todo-list/v2.yml": "services: {todo: {}}\n",
      "ch12/readme.md": "# 12\n",
    ])

  @Test func startsInTheHomeFolderWithTheBundleMounted() throws {
    let workspace = Workspace(home: "/diamol", mounts: [bundle])
    #expect(workspace.currentDirectory == "/diamol")
    #expect(try workspace.list(".").get() == ["ch12", "ch13"])
    #expect(try workspace.list("ch13/exercises/todo-list").get() == ["v1.yml", "v2.yml"])
    #expect(try workspace.read("ch13/exercises/todo-list/v1.yml").get() == "services: {}\n")
    #expect(workspace.read("ch13") == .failure(.isDirectory))
    #expect(workspace.read("nope.yml") == .failure(.noSuchFile))
  }

  @Test func theInitialFolderAndMountPointAreParameters() throws {
    let workspace = Workspace(
      home: "/root", currentDirectory: "/root/labs",
      mounts: [WorkspaceMount(path: "/root/labs", files: ["a.txt": "a\n"])])
    #expect(workspace.currentDirectory == "/root/labs")
    #expect(try workspace.read("a.txt").get() == "a\n")
    #expect(try workspace.read("~/labs/a.txt").get() == "a\n")
  }

  @Test func writesShadowBundledFilesWithoutChangingThem() throws {
    var workspace = Workspace(home: "/diamol", mounts: [bundle])
    _ = workspace.changeDirectory("ch13/exercises/todo-list")
    #expect(workspace.currentDirectory == "/diamol/ch13/exercises/todo-list")
    #expect((try? workspace.write("v1.yml", "changed\n").get()) != nil)
    #expect(try workspace.read("v1.yml").get() == "changed\n")
    #expect((try? workspace.write("v1.yml", "more\n", append: true).get()) != nil)
    #expect(
      try workspace.read("/diamol/ch13/exercises/todo-list/v1.yml").get() == "changed\nmore\n")
    #expect(error(workspace.remove("v2.yml")) == .readOnly)
    #expect((try? workspace.remove("v1.yml").get()) != nil)
    #expect(try workspace.read("v1.yml").get() == "services: {}\n")
  }

  @Test func foldersAndErrorsAsAShellReportsThem() throws {
    var workspace = Workspace()
    #expect(error(workspace.write("a/b.txt", "x")) == .noSuchFile)
    #expect(error(workspace.makeDirectory("a/b", parents: false)) == .noSuchFile)
    #expect((try? workspace.makeDirectory("a/b", parents: true).get()) != nil)
    #expect(error(workspace.makeDirectory("a", parents: false)) == .fileExists)
    #expect((try? workspace.write("a/b/c.txt", "x").get()) != nil)
    #expect(error(workspace.write("a", "x")) == .isDirectory)
    #expect(error(workspace.write("a/b/c.txt/d", "x")) == .notDirectory)
    #expect(error(workspace.changeDirectory("a/b/c.txt")) == .notDirectory)
    _ = workspace.changeDirectory("a/b")
    _ = workspace.changeDirectory("../..")
    #expect(workspace.currentDirectory == "/diamol")
    #expect(try workspace.list("/").get() == ["dev", "diamol"])
  }

  @Test func devNullSwallowsWritesAndReadsEmpty() throws {
    var workspace = Workspace()
    #expect((try? workspace.write("/dev/null", "gone").get()) != nil)
    #expect(try workspace.read("/dev/null").get() == "")
    #expect(try workspace.list("/diamol").get() == [])
  }

  @Test func hostFilesShowThroughReadOnly() throws {
    var workspace = Workspace(host: FakeHost())
    #expect(workspace.kind("/home/me/diamol/ch14") == .directory)
    #expect((try? workspace.changeDirectory("/home/me/diamol/ch14/exercises").get()) != nil)
    #expect(try workspace.list(".").get() == ["stack.yml"])
    #expect(try workspace.read("stack.yml").get() == "version: \"3.7\"\n")
    // Writing there goes to memory, shadowing the host's file.
    #expect((try? workspace.write("stack.yml", "mine\n").get()) != nil)
    #expect(try workspace.read("stack.yml").get() == "mine\n")
    #expect(FakeHost().read("/home/me/diamol/ch14/exercises/stack.yml") == "version: \"3.7\"\n")
  }
}
