public import EngineAPI

/// One `docker exec` on the daemon: created against a running container, then started; an
/// interactive shell stays open until `exit` or until its container stops.
struct ExecInstance {
  enum Phase: Equatable { case created, open, exited(Int) }

  var id: String
  var containerID: String
  var config: ExecConfig
  var phase: Phase = .created
  /// The shell reading the learner's lines while the exec is open.
  var shell: ContainerShell?
  /// The container's own main process (`docker run -it IMAGE sh`): when it exits, so does
  /// the container.
  var isMainProcess = false
}

/// A command run inside a container, as lessons check it (`ran wget inside a web container`).
public struct ExecRecord: Sendable, Equatable {
  public var argv: [String]
  public var exitCode: Int32
  public var containerID: String

  public init(argv: [String], exitCode: Int32, containerID: String) {
    self.argv = argv
    self.exitCode = exitCode
    self.containerID = containerID
  }
}
