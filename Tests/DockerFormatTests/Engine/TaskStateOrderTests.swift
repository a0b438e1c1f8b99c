import EngineAPI
import SwarmCore
import Testing

/// The Engine API's task states compare as swarmkit's numeric values do (SwarmCore's raw
/// values), which the progress display relies on to pick each slot's task.
@Suite struct TaskStateOrderTests {
  @Test func apiStatesOrderAsSwarmkitNumbers() throws {
    for a in EngineAPI.TaskState.allCases {
      for b in EngineAPI.TaskState.allCases {
        typealias CoreState = SwarmCore.TaskState
        let x = try #require(CoreState(apiName: a.rawValue))
        let y = try #require(CoreState(apiName: b.rawValue))
        #expect((a < b) == (x < y), "\(a) < \(b)")
      }
    }
    #expect(EngineAPI.TaskState.failed.isTerminal && !EngineAPI.TaskState.running.isTerminal)
  }
}
