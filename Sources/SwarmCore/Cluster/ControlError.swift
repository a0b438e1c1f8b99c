/// An error the simulated daemon returns, with the text moby/swarmkit would put after
/// `Error response from daemon: ` (gRPC errors keep their `rpc error: code = …` form).
public enum ControlError: Error, Equatable, Sendable, CustomStringConvertible {
  case notInSwarm
  case alreadyInSwarm
  case notPartOfSwarm
  case leaveLastManager
  case workerNode
  case noLeader
  /// swarmkit's `raft.ErrLostLeadership`: a write the leader could not commit.
  case lostLeadership
  case nameConflict(kind: String, name: String)
  case notFound(kind: String, ref: String)
  case ambiguous(kind: String, ref: String, matches: Int)
  case noPreviousSpec(serviceID: String)
  case invalidArgument(String)
  case failedPrecondition(String)
  case plain(String)

  public var description: String {
    switch self {
    case .notInSwarm:
      "This node is not a swarm manager. Use \"docker swarm init\" or \"docker swarm join\" to connect this node to swarm and try again."
    case .alreadyInSwarm:
      "This node is already part of a swarm. Use \"docker swarm leave\" to leave this swarm and join another one."
    case .notPartOfSwarm:
      "This node is not part of a swarm"
    case .leaveLastManager:
      "You are attempting to leave the swarm on a node that is participating as a manager. Removing the last manager erases all current state of the swarm. Use `--force` to ignore this message."
    case .workerNode:
      "This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please run this command on a manager node or promote the current node to a manager."
    case .noLeader:
      "rpc error: code = Unknown desc = The swarm does not have a leader. It's possible that too few managers are online. Make sure more than half of the managers are online."
    case .lostLeadership:
      "rpc error: code = Unknown desc = raft: failed to process the request: node lost leader status"
    case .nameConflict(let kind, let name):
      "rpc error: code = AlreadyExists desc = name conflicts with an existing object: \(kind) \(name) already exists"
    case .notFound(let kind, let ref):
      "\(kind) \(ref) not found"
    case .ambiguous(let kind, let ref, let matches):
      "\(kind) \(ref) is ambiguous (\(matches) matches found)"
    case .noPreviousSpec(let id):
      "rpc error: code = FailedPrecondition desc = service \(id) does not have a previous spec"
    case .invalidArgument(let text):
      "rpc error: code = InvalidArgument desc = \(text)"
    case .failedPrecondition(let text):
      "rpc error: code = FailedPrecondition desc = \(text)"
    case .plain(let text):
      text
    }
  }

  /// The line docker prints for this error.
  public var daemonMessage: String { "Error response from daemon: \(description)" }
}
