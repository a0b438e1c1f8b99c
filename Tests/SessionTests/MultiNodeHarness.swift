import DockerCLI
import DockerFormat
import SwarmCore

@testable import Session

/// Drives a session through SwarmLab lines and, until the docker grammar is merged, through
/// hand-built docker commands rendered as the session would render them.
struct MultiNodeHarness {
  let session = Session()

  /// A SwarmLab line (`machine …`, `visualize`, `sleep`): its printed text.
  @discardableResult
  func line(_ text: String) -> String { session.run(text).text }

  /// `docker PATH… ARGS… --flag value`: stdout and stderr as printed, and the exit code.
  @discardableResult
  func docker(_ path: [String], _ arguments: [String] = [], _ flags: [String: [String]] = [:]) -> (
    text: String, code: Int32
  ) {
    var text = ""
    var code: Int32 = 0
    session.withCluster { cluster in
      guard cluster.localMachine.isRunning else {
        text =
          "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n"
        code = 1
        return
      }
      let output = DockerCommands.run(
        ParsedCommand(path: path, arguments: arguments, flags: FlagValues(flags)), &cluster)
      code = output.exitCode
      for item in DockerRenderer.render(output, cluster).items {
        switch item {
        case .stdout(let t), .stderr(let t): text += t
        case .animation(let frames): text += (frames.last ?? []).map { $0 + "\n" }.joined()
        case .follow: break
        }
      }
    }
    return (text, code)
  }

  var cluster: Cluster { session.cluster }

  func nodeID(_ hostname: String) -> String {
    cluster.state.nodes.values.first { $0.hostname == hostname && $0.state == .ready }?.id
      ?? cluster.state.nodes.values.first { $0.hostname == hostname }!.id
  }

  /// `node ls` reduced to what the lessons care about: hostname, self mark, status,
  /// availability, manager status (IDs are seeded but long).
  func nodeTable() -> [String] {
    docker(
      ["node", "ls"], [],
      [
        "format": [
          "{{.Hostname}}{{if .Self}}*{{end}} {{.Status}} {{.Availability}} {{.ManagerStatus}}"
        ]
      ]
    )
    .text.split(separator: "\n").map { String($0).trimmingCharacters(in: [" "]) }
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: [Character]) -> String {
    var s = Substring(self)
    while let last = s.last, set.contains(last) { s.removeLast() }
    return String(s)
  }
}
