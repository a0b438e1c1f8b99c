/// One expected output line, split into literal bytes and wildcards.
struct LinePattern: Equatable, Sendable {
  /// A piece of the line: literal text or a (possibly named) wildcard.
  enum Segment: Equatable, Sendable {
    case literal([UInt8])
    case wildcard(WildcardKind, name: String?)
  }

  /// What a `[` starts, as far as the wildcard grammar is concerned.
  private enum Token {
    case escape
    case wildcard(WildcardKind, name: String?)
    case unknown(String)
    case badName(String)
  }

  var segments: [Segment]

  /// The named captures in this line, in order.
  var captures: [(name: String, kind: WildcardKind)] {
    segments.compactMap {
      if case .wildcard(let kind, let name?) = $0 { return (name, kind) }
      return nil
    }
  }

  /// Parses an expected line; only exact wildcard spellings are special, `[=]` matches nothing.
  static func parse(_ text: String) throws(TranscriptError.Kind) -> LinePattern {
    let bytes = Array(text.utf8)
    var segments: [Segment] = []
    var literal: [UInt8] = []
    var index = 0
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "["), let (token, end) = scanToken(bytes, at: index) else {
        literal.append(bytes[index])
        index += 1
        continue
      }
      switch token {
      case .escape:
        break
      case .wildcard(let kind, let name):
        if !literal.isEmpty { segments.append(.literal(literal)) }
        literal = []
        segments.append(.wildcard(kind, name: name))
      case .unknown(let text):
        throw .unknownWildcard(text)
      case .badName(let text):
        throw .badCaptureName(text)
      }
      index = end
    }
    if !literal.isEmpty { segments.append(.literal(literal)) }
    return LinePattern(segments: segments)
  }

  /// Rewrites literal text so that it parses back to itself: `[` that would start a token
  /// becomes `[[=]`.
  static func escape(_ text: String) -> String {
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    for index in bytes.indices {
      out.append(bytes[index])
      if bytes[index] == UInt8(ascii: "["), scanToken(bytes, at: index) != nil {
        out += Array("[=]".utf8)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Recognises `[=]`, `[..]`, `[KIND]` and `[KIND:name]` starting at `start`.
  private static func scanToken(_ bytes: [UInt8], at start: Int) -> (Token, Int)? {
    func isUpper(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
    func isNameByte(_ byte: UInt8) -> Bool {
      WildcardKind.isDigit(byte) || isUpper(byte) || byte == UInt8(ascii: "_")
        || byte == UInt8(ascii: "-") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }
    var index = start + 1
    guard index < bytes.count else { return nil }
    if bytes[index] == UInt8(ascii: "="), index + 1 < bytes.count,
      bytes[index + 1] == UInt8(ascii: "]")
    {
      return (.escape, index + 2)
    }
    let kindStart = index
    if bytes[index] == UInt8(ascii: "."), index + 1 < bytes.count,
      bytes[index + 1] == UInt8(ascii: ".")
    {
      index += 2
    } else if isUpper(bytes[index]) {
      while index < bytes.count,
        isUpper(bytes[index]) || WildcardKind.isDigit(bytes[index])
          || bytes[index] == UInt8(ascii: "_")
      {
        index += 1
      }
    } else {
      return nil
    }
    let kindText = String(decoding: bytes[kindStart..<index], as: UTF8.self)
    var name: String?
    if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
      let nameStart = index + 1
      index = nameStart
      while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
      name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
    }
    guard index < bytes.count, bytes[index] == UInt8(ascii: "]") else { return nil }
    let end = index + 1
    let text = String(decoding: bytes[start..<end], as: UTF8.self)
    if name == "" { return (.badName(text), end) }
    guard let kind = WildcardKind(rawValue: kindText) else { return (.unknown(text), end) }
    return (.wildcard(kind, name: name), end)
  }

  /// Matches the whole of `line`, calling `next` with each consistent set of captures until it
  /// succeeds (continuation-passing, so callers can backtrack into this line's choices).
  ///
  /// Whether the rest matches from a segment and a position depends only on those and the
  /// captures so far (`next` is fixed for the call), so failures are remembered: eight `[..]`
  /// on a line that does not match cost a few thousand steps, not billions.
  func match(
    _ line: [UInt8], captures: Captures, next: (Captures) -> Captures?
  ) -> Captures? {
    var failed = Set<MatchState>()
    return matchSegment(0, at: 0, line, captures, next, &failed)
  }

  /// A point in matching one line, for remembering failures.
  private struct MatchState: Hashable {
    var segment: Int
    var position: Int
    var captures: Captures
  }

  private func matchSegment(
    _ segmentIndex: Int, at position: Int, _ line: [UInt8], _ captures: Captures,
    _ next: (Captures) -> Captures?, _ failed: inout Set<MatchState>
  ) -> Captures? {
    let state = MatchState(segment: segmentIndex, position: position, captures: captures)
    if failed.contains(state) { return nil }
    let result = matchSegmentOnce(segmentIndex, at: position, line, captures, next, &failed)
    if result == nil { failed.insert(state) }
    return result
  }

  private func matchSegmentOnce(
    _ segmentIndex: Int, at position: Int, _ line: [UInt8], _ captures: Captures,
    _ next: (Captures) -> Captures?, _ failed: inout Set<MatchState>
  ) -> Captures? {
    guard segmentIndex < segments.count else {
      return position == line.count ? next(captures) : nil
    }
    func literal(_ bytes: [UInt8]) -> Captures? {
      guard line.count - position >= bytes.count,
        line[position..<position + bytes.count].elementsEqual(bytes)
      else { return nil }
      return matchSegment(
        segmentIndex + 1, at: position + bytes.count, line, captures, next, &failed)
    }
    switch segments[segmentIndex] {
    case .literal(let bytes):
      return literal(bytes)
    case .wildcard(_, let name?) where captures[name] != nil:
      return literal(Array(captures[name]!.utf8))
    case .wildcard(let kind, let name):
      for end in kind.candidateEnds(in: line, from: position) {
        var bound = captures
        if let name { bound.bind(name, String(decoding: line[position..<end], as: UTF8.self)) }
        if let result = matchSegment(segmentIndex + 1, at: end, line, bound, next, &failed) {
          return result
        }
      }
      return nil
    }
  }
}

/// Values bound by named wildcards; the first occurrence of a name binds it for the whole file.
struct Captures: Hashable, Sendable {
  private var values: [String: String] = [:]

  subscript(name: String) -> String? { values[name] }

  mutating func bind(_ name: String, _ value: String) { values[name] = value }
}
