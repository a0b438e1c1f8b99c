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

  /// Whether `id` can name a lesson and its progress file: letters, digits, `.`, `_` and `-`,
  /// starting with a letter or digit, at most 64 characters (so never `..` or a path).
  public static func isSafeID(_ id: String) -> Bool {
    let bytes = Array(id.utf8)
    guard let first = bytes.first, bytes.count <= 64, isAlphanumeric(first) else { return false }
    return bytes.allSatisfy {
      isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_")
        || $0 == UInt8(ascii: "-")
    }
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

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
