import Engine
import SwarmCore

extension Session {
  /// The host's `curl`: `localhost`, `127.0.0.1` or a node's address reach the routing mesh;
  /// other names do not resolve from the learner's machine.
  func hostCurl(_ args: [String]) -> SessionOutput {
    let hosts =
      ["localhost", "127.0.0.1", "0.0.0.0"]
      + cluster.state.machines.flatMap { [$0.name, $0.address] }
    let output = CurlCommand.run(args, now: cluster.now) { method, url, body in
      guard hosts.contains(url.host.lowercased()) else {
        return .failure(.unresolved(host: url.host))
      }
      return ClusterHTTP.sendToMesh(method, port: url.port, path: url.path, body: body, &cluster)
    }
    return SessionOutput(output)
  }
}
