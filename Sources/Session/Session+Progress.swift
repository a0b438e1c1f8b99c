import DockerCLI
import DockerFormat
public import SwarmCore

/// docker's progress display keeps waiting on a service until it converges or the learner
/// presses Ctrl-C. A command's own wait gives up after a bounded simulated time (a script must
/// not hang); the interactive shell then keeps waiting live through this, poll by poll.
extension Session {
  /// One more stretch of the wait: the frame to show, and whether the service converged (or
  /// is gone, or its update paused: docker stops waiting then too).
  public func waitOnService(_ serviceID: String, for duration: SimDuration) -> (
    lines: [String], done: Bool
  ) {
    guard cluster.state.services[serviceID] != nil else { return ([], true) }
    var report = ConvergenceWatcher.wait(
      serviceID: serviceID, header: nil, &engine, patience: duration.nanos)
    if report.frames.last?.converged == true, case .gaveUp = report.outcome {
      // Converged during this stretch: let the verify phase run to its end.
      report = ConvergenceWatcher.wait(serviceID: serviceID, header: nil, &engine)
    }
    let lines = ProgressText.frames(report).last ?? []
    if case .gaveUp = report.outcome { return (lines, false) }
    return (lines, true)
  }
}
