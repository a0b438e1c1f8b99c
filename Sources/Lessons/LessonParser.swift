import Yams

/// Reads a lesson file: YAML front matter, then `## section` headings holding `### step`
/// headings, each step with prose and one ```` ```step ```` YAML block.
public struct LessonParser {
  let file: String
  let lines: [String]

  /// Parses lesson text; `file` names it in errors.
  public static func parse(_ text: String, file: String) throws(LessonError) -> Lesson {
    try LessonParser(
      file: file,
      lines: text.split(separator: "\n", omittingEmptySubsequences: false).map {
        $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
      }
    ).parse()
  }

  func error(_ line: Int, _ reason: String) -> LessonError {
    LessonError(file: file, line: line, reason: reason)
  }

  func parse() throws(LessonError) -> Lesson {
    guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else {
      throw error(1, "a lesson starts with YAML front matter between two '---' lines")
    }
    let front = try YAMLBlock(
      text: lines[1..<end].joined(separator: "\n"), firstLine: 2, file: file)
    var lesson = try frontMatter(front)
    try body(from: end + 1, into: &lesson)
    return lesson
  }

  private func frontMatter(_ block: YAMLBlock) throws(LessonError) -> Lesson {
    let root = try block.mapping(
      block.root,
      allowed: ["id", "title", "chapter", "follows", "seed", "hostname", "start", "setup"])
    let id = try block.requiredString(root, "id", at: block.root)
    guard Lesson.isSafeID(id) else {
      throw error(
        block.line(of: root["id"]),
        "id must be letters, digits, '.', '_' or '-' (at most 64, starting with a letter or digit), not '\(id)'"
      )
    }
    let start = try block.optionalString(root, "start") ?? "fresh"
    let setup = try block.optionalStrings(root, "setup") ?? []
    switch start {
    case "fresh" where !setup.isEmpty:
      throw error(
        block.line(of: root["setup"]),
        "'start: fresh' begins with no swarm, so it takes no setup commands")
    case "prepared" where setup.isEmpty:
      throw error(
        block.line(of: root["start"]),
        "'start: prepared' needs setup commands that build the cluster")
    case "fresh", "prepared": break
    default:
      throw error(
        block.line(of: root["start"]), "start must be 'fresh' or 'prepared', not '\(start)'")
    }
    let seedText = try block.optionalString(root, "seed") ?? "1"
    guard let seed = UInt64(seedText) else {
      throw error(block.line(of: root["seed"]), "seed must be a whole number")
    }
    return Lesson(
      id: id, title: try block.requiredString(root, "title", at: block.root),
      chapter: try block.optionalString(root, "chapter") ?? "",
      follows: try block.optionalString(root, "follows"),
      seed: seed, hostname: try block.optionalString(root, "hostname"), setup: setup, intro: "",
      steps: [], file: file)
  }

  /// Walks the Markdown body, cutting it into sections and steps.
  private func body(from start: Int, into lesson: inout Lesson) throws(LessonError) {
    var intro: [String] = []
    var section: (label: String, title: String, intro: [String])?
    var step: StepDraft?
    var fence: (start: Int, isStep: Bool)?
    var yaml: [String] = []
    var drafts: [StepDraft] = []

    for index in start..<lines.count {
      let line = lines[index]
      let number = index + 1
      if let open = fence {
        if line.trimmingCharacters(in: " ") == "```" {
          fence = nil
          if open.isStep {
            guard step != nil else {
              throw error(open.start, "a ```step block must follow a '###' step heading")
            }
            guard step!.yaml == nil else {
              throw error(open.start, "a step has only one ```step block")
            }
            step!.yaml = try YAMLBlock(
              text: yaml.joined(separator: "\n"), firstLine: open.start + 1, file: file)
            continue
          }
        } else if open.isStep {
          yaml.append(line)
          continue
        }
      } else if line.hasPrefix("```") {
        fence = (number, line.dropFirst(3).trimmingCharacters(in: " ") == "step")
        yaml = []
        if fence!.isStep { continue }
      } else if line.hasPrefix("## ") {
        if let done = step { drafts.append(done) }
        step = nil
        let words = line.dropFirst(3).trimmingCharacters(in: " ").split(
          separator: " ", maxSplits: 1)
        guard let label = words.first else {
          throw error(number, "a section heading needs a label, e.g. '## 12.3 Services'")
        }
        section = (String(label), words.count > 1 ? String(words[1]) : "", [])
        continue
      } else if line.hasPrefix("### ") {
        guard let current = section else {
          throw error(number, "a '###' step must be inside a '##' section")
        }
        if let done = step { drafts.append(done) }
        step = StepDraft(
          section: current.label, sectionTitle: current.title,
          sectionIntro: current.intro.joined(separator: "\n"),
          title: line.dropFirst(4).trimmingCharacters(in: " "), line: number)
        section?.intro = []
        continue
      }
      if step != nil {
        step!.prose.append(line)
      } else if section != nil {
        section!.intro.append(line)
      } else {
        intro.append(line)
      }
    }
    if let open = fence { throw error(open.start, "this ``` block is never closed") }
    if let done = step { drafts.append(done) }
    guard !drafts.isEmpty else {
      throw error(lines.count, "the lesson has no steps ('### ' headings with a ```step block)")
    }
    lesson.intro = intro.joined(separator: "\n").trimmingCharacters(in: "\n")
    var seen: Set<String> = []
    for draft in drafts {
      let built = try draft.build(parser: self)
      guard seen.insert(built.id).inserted else {
        throw error(draft.line, "step id '\(built.id)' is used twice")
      }
      lesson.steps.append(built)
    }
    for index in lesson.steps.indices {
      let same = lesson.steps.filter { $0.section == lesson.steps[index].section }
      lesson.steps[index].sectionSize = same.count
      lesson.steps[index].positionInSection =
        same.firstIndex { $0.id == lesson.steps[index].id }! + 1
    }
  }
}

/// A step as collected from the Markdown, before its YAML is read.
struct StepDraft {
  var section: String
  var sectionTitle: String
  var sectionIntro: String
  var title: String
  var line: Int
  var prose: [String] = []
  var yaml: YAMLBlock?

  init(section: String, sectionTitle: String, sectionIntro: String, title: String, line: Int) {
    self.section = section
    self.sectionTitle = sectionTitle
    self.sectionIntro = sectionIntro.trimmingCharacters(in: "\n")
    self.title = title
    self.line = line
  }

  func build(parser: LessonParser) throws(LessonError) -> LessonStep {
    guard let block = yaml else { throw parser.error(line, "step '\(title)' has no ```step block") }
    let root = try block.mapping(
      block.root, allowed: ["id", "task", "solution", "variant", "check", "hints"])
    guard let solution = try block.optionalStrings(root, "solution"), !solution.isEmpty else {
      throw parser.error(
        block.line(of: root["solution"], default: block.firstLine),
        "step '\(title)' is missing its solution (the book's commands)")
    }
    guard let checkNode = root["check"], let items = checkNode.sequence, items.count > 0 else {
      throw parser.error(
        block.line(of: root["check"], default: block.firstLine),
        "step '\(title)' has no checks (a 'check:' list)")
    }
    let checks = try items.map { node throws(LessonError) in
      try CheckParser(block: block).check(node)
    }
    return LessonStep(
      id: try block.requiredString(root, "id", at: block.root), section: section,
      sectionTitle: sectionTitle,
      sectionIntro: sectionIntro, title: title,
      explanation: prose.joined(separator: "\n").trimmingCharacters(in: "\n"),
      task: try block.optionalString(root, "task") ?? title, solution: solution,
      variant: try block.optionalStrings(root, "variant"), checks: checks,
      hints: try block.optionalStrings(root, "hints") ?? [], positionInSection: 0, sectionSize: 0,
      line: line)
  }
}

extension StringProtocol {
  /// Trims the given characters from both ends (no Foundation needed).
  func trimmingCharacters(in set: Character) -> String {
    var s = self[...]
    while s.first == set { s.removeFirst() }
    while s.last == set { s.removeLast() }
    return String(s)
  }
}
