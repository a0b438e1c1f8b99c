public import GoDurations
public import Session

/// Builds sessions for a lesson: fresh, at a step's start state, or replayed from saved
/// progress. Replays pause a few simulated seconds after each line, as a person typing would,
/// so detached services have started before the next command looks at them.
public enum LessonReplay {
  public static let typingPause = GoDuration(nanoseconds: 3 * GoDuration.second.nanoseconds)

  public static func newSession(_ lesson: Lesson) -> Session {
    var configuration = SessionConfiguration()
    configuration.seed = lesson.seed
    if let hostname = lesson.hostname { configuration.hostname = hostname }
    // The book's exercise files in /diamol, as in the shell (chapter 14 cds into them).
    configuration.workspace = Session.exercisesWorkspace
    return Session(configuration)
  }

  /// Runs lines one by one with the typing pause after each; returns their outputs.
  @discardableResult
  public static func run(_ lines: [String], in session: Session) -> [SessionOutput] {
    lines.map { line in
      let output = session.run(line)
      session.advanceClock(by: typingPause)
      return output
    }
  }

  /// The cluster at the start of step `index`: the lesson's setup, then the reference solutions
  /// of every earlier step.
  public static func startState(of lesson: Lesson, step index: Int) -> Session {
    let session = newSession(lesson)
    run(lesson.setup, in: session)
    for step in lesson.steps.prefix(index) { run(step.solution, in: session) }
    return session
  }

  /// The exact cluster saved progress describes: the base step's start state, then every saved
  /// line at the simulated instant it was typed.
  static func resume(_ lesson: Lesson, _ progress: LessonProgress) -> Session {
    let session = startState(of: lesson, step: min(progress.base, lesson.steps.count))
    for entry in progress.history {
      advance(session, to: entry.at)
      _ = session.run(entry.line)
    }
    advance(session, to: progress.clock)
    return session
  }

  /// Moves the clock to `nanos` after the session's start, when that is later than now (a
  /// saved number is not trusted to be in range).
  static func advance(_ session: Session, to nanos: Int64) {
    let (gap, overflow) = nanos.subtractingReportingOverflow(offset(session))
    if !overflow && gap > 0 { session.advanceClock(by: GoDuration(nanoseconds: gap)) }
  }

  /// Nanoseconds of simulated time since the session started.
  static func offset(_ session: Session) -> Int64 {
    session.elapsed.nanoseconds
  }
}
