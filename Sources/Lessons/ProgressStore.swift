import Foundation

/// Saves lesson progress as one JSON file a lesson under the state directory, writing a temp
/// file and renaming it over the old one so a crash never leaves half a file. A file that
/// exists but cannot be read is never written over.
public struct ProgressStore: Sendable {
  public let directory: String

  public init(directory: String) { self.directory = directory }

  /// `$XDG_STATE_HOME/swarmlab`, else `~/.local/state/swarmlab`.
  public static func defaultDirectory(environment: [String: String]) -> String {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/swarmlab"
    }
    return (environment["HOME"] ?? ".") + "/.local/state/swarmlab"
  }

  /// What loading found.
  public enum Loaded: Sendable, Equatable {
    case none
    case progress(LessonProgress)
    /// The file held no usable progress; it was moved to `keptAs`.
    case corrupt(keptAs: String, reason: String)
    /// The file is there but cannot be read (permissions, a directory…): it is left alone and
    /// nothing may be saved over it.
    case unreadable(path: String, reason: String)
  }

  /// What a progress file's bytes hold.
  public enum Decoded: Sendable, Equatable {
    case progress(LessonProgress)
    case invalid(reason: String)
  }

  /// Longest history a progress file may hold (replay needs no more: see LessonEngine).
  public static let historyLimit = 10_000
  /// Latest simulated instant saved progress may name: about 100 years after the start.
  static let clockLimit: Int64 = 100 * 366 * 86_400 * 1_000_000_000

  public func path(for lessonID: String) -> String { directory + "/" + lessonID + ".json" }

  public func load(_ lessonID: String) -> Loaded {
    guard Lesson.isSafeID(lessonID) else {
      return .unreadable(path: path(for: lessonID), reason: "'\(lessonID)' is not a safe lesson id")
    }
    let file = path(for: lessonID)
    let bytes: [UInt8]
    do {
      bytes = try FileAccess.readRegularFile(file)
    } catch {
      return error.isMissing ? .none : .unreadable(path: file, reason: error.reason)
    }
    switch Self.decode(bytes, for: lessonID) {
    case .progress(let progress): return .progress(progress)
    case .invalid(let reason): return .corrupt(keptAs: keepAside(file), reason: reason)
    }
  }

  /// Decodes and checks a progress file's bytes: every number must be one replay can use.
  public static func decode(_ bytes: [UInt8], for lessonID: String) -> Decoded {
    let progress: LessonProgress
    do {
      progress = try JSONDecoder().decode(LessonProgress.self, from: Data(bytes))
    } catch {
      return .invalid(reason: "it is not valid progress JSON")
    }
    guard progress.lesson == lessonID, progress.format == 1 else {
      return .invalid(
        reason: "it belongs to lesson '\(progress.lesson)' (format \(progress.format))")
    }
    if let problem = problem(in: progress) { return .invalid(reason: problem) }
    return .progress(progress)
  }

  /// The first number in `progress` that replay could not use, described.
  static func problem(in progress: LessonProgress) -> String? {
    if progress.step < 0 { return "its step is negative" }
    if progress.base < 0 { return "its base step is negative" }
    if progress.stepRecordStart < 0 { return "its stepRecordStart is negative" }
    if !(0...clockLimit).contains(progress.clock) { return "its clock is out of range" }
    if progress.history.count > historyLimit { return "its history is too long" }
    var previous: Int64 = 0
    for entry in progress.history {
      guard (previous...progress.clock).contains(entry.at) else {
        return "its history times are out of order or past its clock"
      }
      previous = entry.at
    }
    for step in progress.steps where !step.seconds.isFinite || step.seconds < 0 {
      return "step '\(step.id)' has an impossible time"
    }
    return nil
  }

  /// Writes `progress` atomically; the error is one line naming the file and the reason.
  public func save(_ progress: LessonProgress) throws(FileAccess.Failure) {
    guard Lesson.isSafeID(progress.lesson) else {
      throw FileAccess.Failure(
        path: path(for: progress.lesson), reason: "'\(progress.lesson)' is not a safe lesson id")
    }
    try FileAccess.makeDirectory(directory)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data: Data
    do {
      data = try encoder.encode(progress)
    } catch {
      throw FileAccess.Failure(path: path(for: progress.lesson), reason: "\(error)")
    }
    try FileAccess.writeAtomically(Array(data), to: path(for: progress.lesson))
  }

  /// Every saved lesson's progress, sorted by lesson id.
  public func all() -> [LessonProgress] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
      guard case .progress(let p) = load(String(name.dropLast(5))) else { return nil }
      return p
    }
  }

  /// Moves a bad file to the first free `NAME.corrupt-N` and returns that path.
  private func keepAside(_ file: String) -> String {
    var n = 1
    while FileManager.default.fileExists(atPath: "\(file).corrupt-\(n)") { n += 1 }
    let kept = "\(file).corrupt-\(n)"
    try? FileManager.default.moveItem(atPath: file, toPath: kept)
    return kept
  }
}
