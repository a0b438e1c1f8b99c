import EngineAPI
import Testing

@testable import DockerFormat

/// go-units `HumanDuration`, task CURRENT STATE text and the progress display's frames.
@Suite struct HumanDurationTests {
  @Test(
    arguments: [
      (0, "Less than a second"), (999, "Less than a second"), (1_000, "1 second"),
      (59_999, "59 seconds"),
      (60_000, "About a minute"), (119_000, "About a minute"), (120_000, "2 minutes"),
      (3_540_000, "59 minutes"), (3_600_000, "About an hour"), (5_399_000, "About an hour"),
      (5_400_000, "2 hours"), (47 * 3_600_000, "47 hours"), (48 * 3_600_000, "2 days"),
      (14 * 86_400_000, "2 weeks"), (60 * 86_400_000, "2 months"), (730 * 86_400_000, "2 years"),
    ] as [(Int64, String)])
  func humanDuration(milliseconds: Int64, text: String) {
    #expect(HumanDuration.string(nanos: Int64(milliseconds) * 1_000_000) == text)
  }

  @Test func taskStateIsLowerCasedAsDockerPrintsIt() {
    let now = Timestamp(unixNanos: 1_000_000_000_000)
    #expect(
      HumanDuration.taskState(
        "running", since: Timestamp(unixNanos: now.unixNanos - 240_000_000_000), now: now)
        == "Running 4 minutes ago")
    #expect(
      HumanDuration.taskState("failed", since: now, now: now) == "Failed less than a second ago")
  }

  @Test func barsFollowDockersNumbering() {
    #expect(ProgressText.bar(9) == "[" + String(repeating: "=", count: 50) + ">]")
    #expect(ProgressText.bar(0) == "[>" + String(repeating: " ", count: 50) + "]")
    #expect(ProgressText.bar(1) == "[=====>" + String(repeating: " ", count: 45) + "]")
  }

  @Test func finalFrameIsTheBooksForm() {
    let frame = ProgressFrame(
      time: Timestamp(unixNanos: 0_000_000_000), rollbackMessage: nil, isRollback: false,
      running: 1, total: 1,
      slots: [SlotProgress(label: "1/1", state: .running, error: nil)], verifyCountdown: nil,
      converged: true)
    let report = ConvergenceReport(header: "abc", frames: [frame], outcome: .converged)
    #expect(
      ProgressText.finalText(report) == [
        "abc", "overall progress: 1 out of 1 tasks",
        "1/1: running   [==================================================>]",
        "verify: Service converged",
      ])
  }

  @Test func anErrorReplacesTheTaskLineAndATerminalStateKeepsThePreviousOne() {
    let slot = { (state: TaskState, err: String?) in
      SlotProgress(label: "1/1", state: state, error: err)
    }
    let frames = [
      ProgressFrame(
        time: Timestamp(unixNanos: 0_000_000_000), rollbackMessage: nil, isRollback: false,
        running: 0, total: 1,
        slots: [slot(.preparing, nil)], verifyCountdown: nil, converged: false),
      ProgressFrame(
        time: Timestamp(unixNanos: 1_000_000_000), rollbackMessage: nil, isRollback: false,
        running: 0, total: 1,
        slots: [slot(.rejected, nil)], verifyCountdown: nil, converged: false),
      ProgressFrame(
        time: Timestamp(unixNanos: 2_000_000_000), rollbackMessage: nil, isRollback: false,
        running: 0, total: 1,
        slots: [slot(.rejected, "No such image: x:1")], verifyCountdown: nil, converged: false),
    ]
    let rendered = ProgressText.frames(
      ConvergenceReport(header: nil, frames: frames, outcome: .gaveUp(serviceID: "s")))
    #expect(rendered[1][1].hasPrefix("1/1: preparing"))
    #expect(rendered[2][1] == "1/1: No such image: x:1")
  }

  /// Lines keep the order they first appeared in (checked on a real 20.10 engine): a
  /// requested rollback is seen at the first poll, the updater's own only later.
  @Test func aRollbackMessageSitsWhereItFirstAppeared() {
    func frame(_ at: Int64, _ message: String?) -> ProgressFrame {
      ProgressFrame(
        time: Timestamp(unixNanos: at), rollbackMessage: message, isRollback: message != nil,
        running: 1, total: 1, slots: [SlotProgress(label: "1/1", state: .running, error: nil)],
        verifyCountdown: nil, converged: true)
    }
    let automatic = ProgressText.finalText(
      ConvergenceReport(
        header: nil, frames: [frame(0, nil), frame(1, "rollback: update rolled back")],
        outcome: .converged))
    #expect(
      automatic == [
        "overall progress: rolling back update: 1 out of 1 tasks",
        "1/1: running   [>                                                  ]",
        "rollback: update rolled back", "verify: Service converged",
      ])
    let requested = ProgressText.finalText(
      ConvergenceReport(
        header: nil, frames: [frame(0, "rollback: manually requested rollback")],
        outcome: .converged))
    #expect(requested.first == "rollback: manually requested rollback")
  }
}
