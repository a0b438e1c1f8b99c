import Testing

@testable import Session

/// `visualize` draws every state and name whole, wrapping inside the box instead of cutting.
@Suite struct VisualizerTests {
  @Test func wrapKeepsWordsWholeAndSplitsOnlyOverlongOnes() {
    #expect(Visualizer.wrap("running → shutdown", 16) == ["running →", "shutdown"])
    #expect(Visualizer.wrap("web.1", 16) == ["web.1"])
    #expect(
      Visualizer.wrap("a-very-long-service-name.12", 16) == ["a-very-long-serv", "ice-name.12"])
    #expect(Visualizer.wrap("", 16) == [""])
  }

  @Test func aTaskBeingStoppedShowsBothStatesWhole() {
    let session = Session()
    _ = session.run("docker swarm init")
    _ = session.run(
      "docker service create --name a-long-service-name --replicas 2 diamol/ch12-timecheck:1.0")
    _ = session.run(
      "docker service update --detach --image diamol/ch12-timecheck:2.0 a-long-service-name")
    var sawShutdown = false
    // Step through the rolling update; whenever a task is on its way down, the box says so whole.
    for _ in 0..<40 {
      let picture = session.run("visualize").text
      #expect(!picture.contains("shutdo│") && !picture.contains("shutdo "))
      for line in picture.split(separator: "\n") where line.contains("│") {
        #expect(line.count <= 20 || line.contains("  "), "\(line)")
      }
      if picture.contains("shutdown") { sawShutdown = true }
      session.advanceClock(by: .milliseconds(500))
    }
    #expect(sawShutdown)
    #expect(session.run("visualize").text.contains("a-long-service-n"))
  }
}
