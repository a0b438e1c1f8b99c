import Foundation
import SwarmCore

@testable import Session

/// Drives a session through SwarmLab lines and docker commands, as a learner types them.
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
    // Flags go before the arguments; values are passed as separate words, as a learner types.
    var argv = path
    for key in flags.keys.sorted() {
      for value in flags[key]! { argv.append("--\(key)=\(value)") }
    }
    argv += arguments
    let quoted = argv.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    let output = session.run("docker " + quoted.joined(separator: " "))
    let text = output.text
    let code = output.exitCode
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
