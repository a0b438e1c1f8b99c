public import Session

/// The lesson commands typed at the SwarmLab prompt (`lesson`, `hint`, `solution`, `check`,
/// `next`, `back`, `reset`, `lessons`), as a layer that takes a line and returns text, so the
/// interactive shell and tests drive it the same way. Other lines go to `run`.
public final class LessonShell {
  public static let commandNames = [
    "lesson", "lessons", "hint", "solution", "check", "next", "back", "reset",
  ]
  public private(set) var engine: LessonEngine?
  public let library: [Lesson]
  let store: ProgressStore?
  let wallClock: () -> Double
  /// `solution` asks first; the second `solution` in a row shows it.
  private var solutionAsked = false
  /// `reset` asks first too: it throws away the cluster as it is now.
  private var resetAsked = false

  /// Sessions on a real engine (`lesson --engine`); nil teaches on the simulation.
  let realEngineSession: (() -> Session)?

  public init(
    library: [Lesson], store: ProgressStore?, wallClock: @escaping () -> Double = { 0 },
    realEngineSession: (() -> Session)? = nil
  ) {
    self.library = library
    self.store = store
    self.wallClock = wallClock
    self.realEngineSession = realEngineSession
  }

  /// Starts or resumes a lesson; returns its notices and the current step's text.
  public func start(_ id: String) -> String {
    guard let lesson = library.first(where: { $0.id == id }) else {
      return "There is no lesson '\(id)'. " + listing()
    }
    let engine =
      realEngineSession.map { LessonEngine(lesson: lesson, realEngineSession: $0()) }
      ?? LessonEngine(lesson: lesson, store: store, wallClock: wallClock)
    self.engine = engine
    return (engine.notices + [describe(engine)]).joined(separator: "\n")
  }

  /// `[12.3 2/5]` while a lesson runs.
  public var status: String? { engine?.status }

  /// Whether the line is a lesson command.
  public func handles(_ line: String) -> Bool {
    guard let word = line.split(separator: " ").first else { return false }
    return Self.commandNames.contains(String(word))
  }

  /// Answers a lesson command; nil when the line is not one.
  public func handle(_ line: String) -> String? {
    let words = line.split(separator: " ").map(String.init)
    guard let command = words.first, Self.commandNames.contains(command) else { return nil }
    let confirming = command == "solution" && (solutionAsked || words.dropFirst().first == "yes")
    let confirmingReset = command == "reset" && (resetAsked || words.dropFirst().first == "yes")
    solutionAsked = false
    resetAsked = false
    if command == "lesson" && words.dropFirst().first == "stop" {
      guard let engine else { return "No lesson is running. " + listing() }
      self.engine = nil
      return
        "You left \(engine.lesson.id) at \(engine.status); your progress is saved. 'lesson \(engine.lesson.id)' resumes it. Back in the plain SwarmLab shell."
    }
    if command == "lessons" || (command == "lesson" && words.count > 1) {
      return words.count > 1 ? start(words[1]) : listing()
    }
    guard let engine else { return "No lesson is running. " + listing() }
    switch command {
    case "lesson": return describe(engine)
    case "hint": return engine.hint()
    case "check":
      let before = engine.stepIndex
      let messages = engine.observe()
      if engine.stepIndex != before || engine.isFinished && !messages.isEmpty {
        return messages.joined(separator: "\n")
      }
      guard engine.currentStep != nil else { return "The lesson is finished." }
      let reasons = engine.evaluate().reasons
      return "Not yet: "
        + (reasons.isEmpty ? "the checks do not pass" : reasons.joined(separator: "\n  "))
    case "solution":
      guard let step = engine.currentStep else { return "The lesson is finished." }
      guard confirming else {
        solutionAsked = true
        return
          "Show the book's commands for \(engine.status) \(step.title)? Type 'solution' again to see them."
      }
      engine.markSolutionShown()
      var text = "The book's commands:\n" + step.solution.map { "  " + $0 }.joined(separator: "\n")
      if let variant = step.variant {
        text += "\nAnother way:\n" + variant.map { "  " + $0 }.joined(separator: "\n")
      }
      return text
    case "next": return engine.move(by: 1).joined(separator: "\n")
    case "back": return engine.move(by: -1).joined(separator: "\n")
    default:  // reset
      guard confirmingReset || engine.onRealEngine else {
        resetAsked = true
        return
          "Reset the cluster to how it stood at the start of \(engine.status)? Everything you changed since is lost. Type 'reset' again to confirm."
      }
      return engine.reset().joined(separator: "\n")
    }
  }

  /// Runs a non-lesson line through the active lesson's session.
  public func run(_ line: String) -> LessonRun? {
    solutionAsked = false
    resetAsked = false
    return engine?.run(line)
  }

  /// The current step as the learner reads it.
  public func describe(_ engine: LessonEngine) -> String {
    guard let step = engine.currentStep else {
      return "You have finished \(engine.lesson.id): \(engine.lesson.title)."
    }
    var parts = ["\(engine.status) \(step.sectionTitle) — \(step.title)"]
    if engine.stepIndex == 0 && !engine.lesson.intro.isEmpty { parts.append(engine.lesson.intro) }
    if step.positionInSection == 1 && !step.sectionIntro.isEmpty { parts.append(step.sectionIntro) }
    if !step.explanation.isEmpty { parts.append(step.explanation) }
    parts.append("Your task: \(step.task)")
    if let need = engine.stepNeedsSimulation {
      parts.append(
        "This step needs SwarmLab's simulation (\(need)), so it cannot be done on this real engine. Type 'next' to skip it."
      )
    }
    parts.append(
      "(hint: a hint · solution: the book's commands · check · next · back · reset · lesson stop)")
    return parts.joined(separator: "\n\n")
  }

  /// `lessons`: what there is, and how far the learner got.
  public func listing() -> String {
    var lines = ["Lessons (type 'lesson ID' to start or resume):"]
    for lesson in library {
      var where_ = "not started"
      if case .progress(let p) = store?.load(lesson.id) ?? .none {
        let done = p.steps.filter(\.completed).count
        where_ =
          p.step >= lesson.steps.count
          ? "finished" : "at \(lesson.status(at: p.step)), \(done)/\(lesson.steps.count) steps done"
      }
      lines.append("  \(lesson.id)  \(lesson.title)  (\(where_))")
    }
    return lines.joined(separator: "\n")
  }
}
