import Foundation

/// Saves lesson progress as one JSON file a lesson under the state directory, writing a temp
/// file and renaming it over the old one so a crash never leaves half a file.
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
    /// The file could not be read; it was moved to `keptAs`.
    case corrupt(keptAs: String, reason: String)
  }

  public func path(for lessonID: String) -> String { directory + "/" + lessonID + ".json" }

  public func load(_ lessonID: String) -> Loaded {
    let file = path(for: lessonID)
    guard let data = FileManager.default.contents(atPath: file) else { return .none }
    let reason: String
    do {
      let progress = try JSONDecoder().decode(LessonProgress.self, from: data)
      if progress.lesson == lessonID && progress.format == 1 { return .progress(progress) }
      reason = "it belongs to lesson '\(progress.lesson)' (format \(progress.format))"
    } catch {
      reason = "it is not valid progress JSON"
    }
    return .corrupt(keptAs: keepAside(file), reason: reason)
  }

  public func save(_ progress: LessonProgress) throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(progress)
    let file = path(for: progress.lesson)
    let temp = file + ".tmp"
    try data.write(to: URL(fileURLWithPath: temp))
    // rename(2) replaces the target atomically on the same file system.
    guard rename(temp, file) == 0 else { throw CocoaError(.fileWriteUnknown) }
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
