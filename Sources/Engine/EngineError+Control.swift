public import EngineAPI
public import SwarmCore

extension EngineError {
  /// The HTTP status moby's `errdefs` gives each swarmkit or daemon error, with its message.
  public init(_ error: ControlError) {
    let status: Int
    switch error {
    case .notInSwarm, .alreadyInSwarm, .notPartOfSwarm, .leaveLastManager, .workerNode:
      status = 503
    case .noLeader, .lostLeadership: status = 500
    case .nameConflict: status = 409
    case .notFound: status = 404
    case .ambiguous, .invalidArgument, .failedPrecondition, .noPreviousSpec: status = 400
    case .plain(let text):
      status = text.hasPrefix("No such ") ? 404 : 500
    }
    self.init(statusCode: status, message: error.description)
  }
}
