public import Session
import ShellTools
public import SwarmCore

/// Builds sessions for a lesson: fresh, at a step's start state, or replayed from saved
/// progress. Replays pause a few simulated seconds after each line, as a person typing would,
/// so detached services have started before the next command looks at them.
public enum LessonReplay {
  public static let typingPause = SimDuration.seconds(3)

  public static func newSession(_ lesson: Lesson) -> Session {
    var configuration = SessionConfiguration()
    configuration.seed = lesson.seed
    if let hostname = lesson.hostname { configuration.hostname = hostname }
    // The book's exercise files, at `/diamol` as in the shell (chapter 13 deploys them).
    configuration.workspace = Workspace(
      home: Session.exercisesMount, mounts: [Session.exercisesWorkspaceMount])
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
    let start = session.configuration.startTime
    for entry in progress.history {
      let at = start + SimDuration(nanos: entry.at)
      if at > session.now { session.advanceClock(by: at - session.now) }
      _ = session.run(entry.line)
    }
    let end = start + SimDuration(nanos: progress.clock)
    if end > session.now { session.advanceClock(by: end - session.now) }
    return session
  }

  /// Nanoseconds of simulated time since the session started.
  static func offset(_ session: Session) -> Int64 {
    (session.now - session.configuration.startTime).nanos
  }
}
