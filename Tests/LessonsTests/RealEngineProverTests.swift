import GoDurations
import Session
import Testing

@testable import Lessons

/// The real-engine proof's walk (solutions in order, then variants from a cleared engine,
/// steps that need the simulation skipped and counted), driven here on simulated sessions
/// standing in for the engine; CI runs it on a real one (script/real-engine-conformance).
@Suite struct RealEngineProverTests {
  /// A prover whose "engine" is a fresh simulated session and whose waiting moves its clock.
  final class StandIn {
    var current: Session?
    var sessions = 0
    var waited = 0.0

    func prover(_ lesson: Lesson) -> RealEngineProver {
      RealEngineProver(
        freshSession: { [unowned self] in
          sessions += 1
          current = LessonReplay.newSession(lesson)
          return current!
        },
        sleep: { [unowned self] seconds in
          waited += seconds
          current?.advanceClock(by: GoDuration(nanoseconds: Int64(seconds * 1e9)))
        })
    }
  }

  @Test func chapter12ProvesWithItsCurlStepSkippedAndCounted() throws {
    let lesson = try #require(try LessonLibrary.bundled().first { $0.id == "ch12" })
    let standIn = StandIn()
    let rows = standIn.prover(lesson).prove(lesson)
    #expect(standIn.sessions == 2, "one walk for the solutions, one for the variants")
    let skipped = rows.filter(\.skipped)
    #expect(skipped.map(\.step) == ["[12.4 5/5] browse"])
    #expect(skipped.first?.detail.contains("curl") == true)
    let failed = rows.filter { !$0.ok }
    #expect(failed.isEmpty, "\(failed)")
    let table = LessonProver.table(lesson, rows)
    #expect(table.hasSuffix("proved: 39 checks held\n1 step skipped: need the simulation\n"))
  }

  @Test func aStepWhoseChecksNeverPassFailsAfterThePatienceRunsOut() throws {
    let lesson = try Fixtures.lesson(steps: [
      ("good", "echo a", "  - ran: echo a"),
      ("never", "echo b", "  - ran: echo c"),
      ("sleepy", "sleep 5m", "  - ran: sleep 5m"),
    ])
    let standIn = StandIn()
    var prover = standIn.prover(lesson)
    prover.patience = 5
    let rows = prover.prove(lesson)
    #expect(
      rows.map(\.phase) == [
        "start fails", "solution passes", "start fails", "solution passes", "skipped",
      ])
    #expect(rows.map(\.ok) == [true, true, true, false, true])
    #expect(rows[3].detail == "You have not run `echo c` in this step yet.")
    #expect(standIn.waited == 5)
    #expect(rows[4].detail.contains("fast-forwarded by the simulation"))
  }

  @Test func linesThatNeedTheSimulationAreNamed() {
    #expect(Session.simulationNeed(of: "curl http://localhost:8010") != nil)
    #expect(Session.simulationNeed(of: "docker node ls && machine create node2") != nil)
    #expect(Session.simulationNeed(of: "sleep 4m") != nil)
    #expect(Session.simulationNeed(of: "sleep 15") == nil)
    #expect(Session.simulationNeed(of: "docker stack deploy -c app.yml app") != nil)
    #expect(Session.simulationNeed(of: "docker service ls | grep web") == nil)
    #expect(Session.simulationNeed(of: "docker exec $(docker ps -q --last 1) nslookup iotd") == nil)
  }
}

/// A lesson taught on a real engine (`lesson ch12 --engine …`): it runs on that engine as it
/// stands, says plainly which steps need the simulation and offers to skip them, and `reset`
/// explains instead of rebuilding. A simulated session stands in for the engine here.
@Suite struct RealEngineLessonTests {
  @Test func stepsThatNeedTheSimulationOfferToSkipAndResetExplains() throws {
    let library = try LessonLibrary.bundled()
    let session = Session()
    let shell = LessonShell(library: library, store: nil, realEngineSession: { session })
    _ = shell.start("ch12")
    #expect(shell.engine?.session === session, "the lesson runs on the engine's own session")
    let reset = try #require(shell.handle("reset"))
    #expect(reset.contains("a real engine keeps its state"))
    var moved = ""
    for _ in 0..<12 { moved = shell.handle("next") ?? "" }
    #expect(shell.engine?.currentStep?.id == "browse")
    #expect(moved.contains("needs SwarmLab's simulation (curl reaches"))
    #expect(moved.contains("Type 'next' to skip it."))
    #expect(shell.handle("lesson")?.contains("Type 'next' to skip it.") == true)
    _ = shell.handle("next")
    #expect(shell.engine?.currentStep?.id == "lab")
    #expect(shell.engine?.stepNeedsSimulation == nil)
  }
}
