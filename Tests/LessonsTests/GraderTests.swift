import Session
import Testing

@testable import Lessons

/// `--check FILE`: a transcript's commands are replayed through the engine and graded by step.
@Suite struct GraderTests {
  @Test func commandsAreThePromptedLines() {
    let text =
      "PS> docker swarm init\nSwarm initialized: ...\n\nPS> docker container exec -it abc sh\n/app # nslookup iotd\nName: iotd\n/app # exit\nPS> \n"
    #expect(
      TranscriptGrader.commands(in: text) == [
        "docker swarm init", "docker container exec -it abc sh", "nslookup iotd", "exit",
      ])
  }

  @Test func gradesStepsInOrder() throws {
    let lesson = try Fixtures.lesson(steps: [
      ("a", "echo a", "  - ran: echo a"), ("b", "echo b", "  - ran: echo b"),
      ("c", "echo c", "  - ran: echo c"),
    ])
    let partial = TranscriptGrader.grade(lesson, commands: ["echo a", "echo c"])
    #expect(partial.completed == ["[1.1 1/3] Step a"])
    #expect(
      partial.missing.map(\.reason) == [
        "You have not run `echo b` in this step yet.", "not reached",
      ])
    #expect(!partial.passed)
    #expect(TranscriptGrader.grade(lesson, commands: ["echo a", "echo b", "echo c"]).passed)
  }

  /// With docker commands parsing: another route to the same state passes the same step.
  @Test(.enabled(if: ProveTests.dockerWorks)) func scaleAndUpdateReplicasBothPass() throws {
    let lesson = try Fixtures.lesson(steps: [
      ("init", "docker swarm init", "  - swarm: active"),
      (
        "web", "docker service create --name web --replicas 1 diamol/ch12-timecheck:1.0",
        "  - service: web"
      ),
      ("three", "docker service update --replicas 3 web", "  - service: {name: web, replicas: 3}"),
    ])
    for route in ["docker service scale web=3", "docker service update --replicas 3 web"] {
      let engine = LessonEngine(lesson: lesson)
      _ = engine.run("docker swarm init")
      _ = engine.run("docker service create --name web diamol/ch12-timecheck:1.0")
      #expect(engine.stepIndex == 2)
      let run = engine.run(route)
      #expect(engine.isFinished, "\(route): \(run.output.text)")
    }
  }
}
