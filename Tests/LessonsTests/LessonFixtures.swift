import Session
import SwarmCore

@testable import Lessons

/// Shared builders for lesson tests: lesson text, clusters built with the core API, records.
enum Fixtures {
  /// A lesson whose steps are `(id, solution, check-yaml)`; checks use shell built-ins so the
  /// engine can be driven before docker commands parse.
  static func lessonText(
    steps: [(String, String, String)], front: String = "id: t1\ntitle: Test\nseed: 5"
  ) -> String {
    var text = "---\n\(front)\n---\nIntro.\n\n## 1.1 First\n\nSection intro.\n"
    for (id, solution, check) in steps {
      text +=
        "\n### Step \(id)\n\nDo \(id).\n\n```step\nid: \(id)\nsolution:\n  - \(solution)\ncheck:\n\(check)\nhints:\n  - gentle\n  - stronger\n```\n"
    }
    return text
  }

  static func lesson(steps: [(String, String, String)]) throws -> Lesson {
    try LessonParser.parse(lessonText(steps: steps), file: "t1.md")
  }

  static func template(_ image: String, _ catalog: ImageCatalog) -> TaskTemplate {
    TaskTemplate(
      image: image, resolvedImage: ControlAPI.resolveImage(image, catalog: catalog) ?? image)
  }

  /// A swarm running timecheck 1.0 with one settled replica.
  static func timecheck() throws -> Cluster {
    var cluster = Cluster()
    try ControlAPI.initSwarm(&cluster)
    try ControlAPI.createService(
      ServiceSpec(
        name: "timecheck", template: template("diamol/ch12-timecheck:1.0", cluster.catalog)),
      &cluster)
    cluster.advance(by: .seconds(10))
    return cluster
  }

  static func record(_ line: String, exit: Int32 = 0, container: String? = nil) -> CommandRecord {
    CommandRecord(
      argv: line.split(separator: " ").map(String.init), exitCode: exit, time: SimTime(nanos: 0),
      container: container)
  }
}
