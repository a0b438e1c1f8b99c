/// One `#! key: value` line, kept in file order.
public struct TranscriptHeaderField: Equatable, Sendable {
  public var key: String
  public var value: String

  public init(key: String, value: String) {
    self.key = key
    self.value = value
  }
}

/// The `#! key: value` lines that fix a run: known keys are validated and typed, all are kept.
public struct TranscriptHeader: Equatable, Sendable {
  /// The prompts every transcript understands without a header.
  public static let defaultPrompts = ["PS>", "$"]

  /// Every header line in file order, including unknown keys such as `lesson`.
  public private(set) var fields: [TranscriptHeaderField] = []
  public private(set) var seed: UInt64?
  public private(set) var hostname: String?
  /// The start time as written (`2020-11-20T21:14:30Z`).
  public private(set) var startTime: String?
  /// The start time in seconds since 1970-01-01T00:00:00Z.
  public private(set) var startTimeEpochSeconds: Int64?
  /// Default prompts plus those added by `#! prompt:` headers, without their trailing space.
  public private(set) var prompts: [String] = TranscriptHeader.defaultPrompts
  /// When true, trailing spaces at the end of lines are significant.
  public private(set) var exactWhitespace = false
  /// Where the transcript is meant to pass: `#! engine: any` marks a golden that a real
  /// Docker engine must reproduce too (a conformance golden); without it, only the simulation.
  public private(set) var engine: TranscriptEngineScope = .simulation

  public init() {}

  /// Builds a header from fields, validating each as `add` does.
  public init(fields: [TranscriptHeaderField]) throws(TranscriptError.Kind) {
    for field in fields { try add(key: field.key, value: field.value) }
  }

  /// The first value given for `key`, if any.
  public subscript(key: String) -> String? {
    fields.first { $0.key == key }?.value
  }

  /// All values given for `key`, in file order.
  public func values(for key: String) -> [String] {
    fields.filter { $0.key == key }.map(\.value)
  }

  /// Adds one header; known keys must have a valid value and single-valued keys appear once.
  public mutating func add(key: String, value: String) throws(TranscriptError.Kind) {
    let text = "#! \(key): \(value)"
    guard Self.isValidKey(key) else { throw .badHeader(text) }
    let singleValued = ["seed", "hostname", "start-time", "exact-whitespace", "engine"]
    if singleValued.contains(key), self[key] != nil { throw .duplicateHeader(key) }
    switch key {
    case "seed":
      guard let number = UInt64(value) else { throw .badHeader(text) }
      seed = number
    case "hostname":
      guard !value.isEmpty, !value.contains(" ") else { throw .badHeader(text) }
      hostname = value
    case "start-time":
      guard let seconds = Self.epochSeconds(iso8601: value) else { throw .badHeader(text) }
      startTime = value
      startTimeEpochSeconds = seconds
    case "prompt":
      guard !value.isEmpty, !value.hasPrefix("#") else { throw .badHeader(text) }
      if !prompts.contains(value) { prompts.append(value) }
    case "exact-whitespace":
      guard value == "true" || value == "false" else { throw .badHeader(text) }
      exactWhitespace = value == "true"
    case "engine":
      guard let scope = TranscriptEngineScope(rawValue: value) else { throw .badHeader(text) }
      engine = scope
    default:
      break
    }
    fields.append(TranscriptHeaderField(key: key, value: value))
  }

  /// Parses a `#! key: value` line; nil when the line is not in that form.
  static func parseLine(_ line: String) -> TranscriptHeaderField? {
    guard line.hasPrefix("#!") else { return nil }
    let body = line.dropFirst(2).drop { $0 == " " }
    guard let colon = body.firstIndex(of: ":") else { return nil }
    let key = String(body[..<colon])
    let value = body[body.index(after: colon)...].trimmingSpaces()
    guard isValidKey(key) else { return nil }
    return TranscriptHeaderField(key: key, value: value)
  }

  private static func isValidKey(_ key: String) -> Bool {
    guard let first = key.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    return key.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
  }

  /// Seconds since the Unix epoch for `YYYY-MM-DDTHH:MM:SSZ`, or nil if malformed.
  static func epochSeconds(iso8601 text: String) -> Int64? {
    let chars = Array(text.utf8)
    guard chars.count == 20, chars[4] == UInt8(ascii: "-"), chars[7] == UInt8(ascii: "-"),
      chars[10] == UInt8(ascii: "T"), chars[13] == UInt8(ascii: ":"),
      chars[16] == UInt8(ascii: ":"), chars[19] == UInt8(ascii: "Z")
    else { return nil }
    func number(_ range: Range<Int>) -> Int64? {
      var value: Int64 = 0
      for byte in chars[range] {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        value = value * 10 + Int64(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
      (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
    else { return nil }
    // Days from civil (Howard Hinnant's algorithm), valid for the proleptic Gregorian calendar.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let days = era * 146097 + dayOfEra - 719468
    return days * 86400 + hour * 3600 + minute * 60 + second
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  func trimmingSpaces() -> String {
    let start = firstIndex { $0 != " " && $0 != "\t" } ?? endIndex
    let end = lastIndex { $0 != " " && $0 != "\t" }.map { index(after: $0) } ?? start
    return start < end ? String(self[start..<end]) : ""
  }

  /// The text without trailing spaces and tabs.
  func trimmingTrailingSpaces() -> String {
    let end = lastIndex { $0 != " " && $0 != "\t" }.map { index(after: $0) } ?? startIndex
    return String(self[..<end])
  }
}

extension String {
  /// The text split at every `\n` scalar (a `\r\n` pair is one Character, so Character-based
  /// splitting would miss it); the pieces keep any `\r`.
  func splitLines() -> [String] {
    unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
      String(String.UnicodeScalarView($0))
    }
  }
}
