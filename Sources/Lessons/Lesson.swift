/// A chapter lesson parsed from its Markdown file: front matter, intro and ordered steps.
public struct Lesson: Sendable {
  /// `ch12`: what `swarmlab lesson ch12` names.
  public var id: String
  public var title: String
  /// The book chapter it follows (`12`).
  public var chapter: String
  public var follows: String?
  public var seed: UInt64
  public var hostname: String?
  /// Commands that build the prepared cluster the lesson starts from; empty means a single
  /// engine that is not yet in a swarm.
  public var setup: [String]
  public var intro: String
  public var steps: [LessonStep]
  /// The file it came from, for error messages.
  public var file: String

  /// The status shown beside the prompt, `[12.3 2/5]`, or `[ch12 done]` at the end.
  public func status(at index: Int) -> String {
    guard steps.indices.contains(index) else { return "[\(id) done]" }
    let step = steps[index]
    return "[\(step.section) \(step.positionInSection)/\(step.sectionSize)]"
  }
}

/// One step: what to do, how the book does it, and the checks that say it is done.
public struct LessonStep: Sendable {
  public var id: String
  /// `12.3` (the first word of the `##` heading) and that heading's title.
  public var section: String
  public var sectionTitle: String
  /// Text under the `##` heading before its first step, shown with that first step.
  public var sectionIntro: String
  public var title: String
  public var explanation: String
  /// One line saying what to do.
  public var task: String
  /// The book's commands: the reference solution that `--prove` runs.
  public var solution: [String]
  /// Another way to get there, proved too (`docker service scale` for `update --replicas`).
  public var variant: [String]?
  public var checks: [Check]
  /// Escalating hints, gentlest first.
  public var hints: [String]
  public var positionInSection: Int
  public var sectionSize: Int
  /// The line of its `###` heading.
  public var line: Int
}
