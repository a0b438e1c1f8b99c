import Foundation

/// The learner's command history on disk: one newline-free entry per line, capped, oldest first.
///
/// Any file problem becomes a one-line warning (once per kind), never a crash.
public final class HistoryStore {
  /// The file, or nil when history is kept in memory only.
  public let path: String?
  /// At most this many entries are kept (the newest win).
  public let limit: Int
  /// Entries, oldest first.
  public private(set) var entries: [String] = []

  private let warn: (String) -> Void
  private var warnedRead = false
  private var warnedWrite = false

  public init(path: String?, limit: Int = 1000, warn: @escaping (String) -> Void) {
    self.path = path
    self.limit = max(1, limit)
    self.warn = warn
  }

  /// `$XDG_STATE_HOME/swarmlab/history`, else `$HOME/.local/state/swarmlab/history`, else nil.
  public static func defaultPath(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return join(state, "swarmlab/history")
    }
    if let home = environment["HOME"], !home.isEmpty {
      return join(home, ".local/state/swarmlab/history")
    }
    return nil
  }

  /// Makes a line fit one history entry: newlines become spaces, outer whitespace goes.
  public static func normalize(_ line: String) -> String {
    let flat = line.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .joined(separator: " ")
    return flat.trimmingCharacters(in: .whitespaces)
  }

  /// Reads the file; a missing file is an empty history, an unreadable one a warning.
  public func load() {
    guard let path, FileManager.default.fileExists(atPath: path) else { return }
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      let text = String(decoding: data, as: UTF8.self)
      entries = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
      cap()
    } catch {
      warnOnce(&warnedRead, "cannot read history file \(path): \(Self.reason(error))")
    }
  }

  /// Adds an entry unless it is empty or repeats the previous one; returns the stored form.
  @discardableResult
  public func append(_ line: String) -> String? {
    let entry = Self.normalize(line)
    guard !entry.isEmpty, entry != entries.last else { return nil }
    entries.append(entry)
    cap()
    return entry
  }

  /// Writes all entries, creating the directories first.
  public func save() {
    guard let path else { return }
    do {
      let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      let text = entries.map { $0 + "\n" }.joined()
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      warnOnce(&warnedWrite, "cannot write history file \(path): \(Self.reason(error))")
    }
  }

  private func cap() {
    if entries.count > limit { entries.removeFirst(entries.count - limit) }
  }

  private func warnOnce(_ flag: inout Bool, _ message: String) {
    guard !flag else { return }
    flag = true
    warn("swarmlab: warning: \(message)")
  }

  private static func join(_ base: String, _ rest: String) -> String {
    base.hasSuffix("/") ? base + rest : base + "/" + rest
  }

  /// The underlying POSIX reason when Foundation wraps one, so the warning stays one line.
  private static func reason(_ error: any Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain, let text = strerror(Int32(underlying.code))
    {
      return String(cString: text)
    }
    return nsError.localizedDescription.split(whereSeparator: \.isNewline).first.map(String.init)
      ?? "error"
  }
}
