/// The kinds of bracketed wildcard an expected output line may contain.
enum WildcardKind: String, Sendable, CaseIterable {
  case any = ".."
  case id = "ID"
  case cid = "CID"
  case ago = "AGO"
  case ip = "IP"
  case token = "TOKEN"

  /// Byte offsets at which a match of this kind starting at `start` may end, preferred first.
  func candidateEnds(in line: [UInt8], from start: Int) -> [Int] {
    switch self {
    case .any:
      // Lazy: shortest first; never split a UTF-8 sequence so captures stay valid text.
      return (start...line.count).filter { $0 == line.count || line[$0] & 0xC0 != 0x80 }
    case .id:
      let run = Self.runLength(line, from: start, limit: 25, where: Self.isBase36)
      return [25, 12].filter { run >= $0 }.map { start + $0 }
    case .cid:
      let run = Self.runLength(line, from: start, limit: 64, where: Self.isHex)
      return [64, 12].filter { run >= $0 }.map { start + $0 }
    case .token:
      return Self.tokenEnd(line, from: start).map { [$0] } ?? []
    case .ip:
      return Self.ipv4Ends(line, from: start, octetsLeft: 4)
    case .ago:
      return Self.humanDurationEnds(line, from: start)
    }
  }

  static func isBase36(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
  }

  static func isHex(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
  }

  static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private static func runLength(
    _ line: [UInt8], from start: Int, limit: Int, where test: (UInt8) -> Bool
  ) -> Int {
    var index = start
    while index < line.count, index - start < limit, test(line[index]) { index += 1 }
    return index - start
  }

  private static func hasPrefix(_ line: [UInt8], _ text: String, at start: Int) -> Bool {
    let bytes = Array(text.utf8)
    return line.count - start >= bytes.count && Array(line[start..<start + bytes.count]) == bytes
  }

  /// `SWMTKN-1-` + 50 base-36 characters + `-` + 25 base-36 characters.
  private static func tokenEnd(_ line: [UInt8], from start: Int) -> Int? {
    guard hasPrefix(line, "SWMTKN-1-", at: start) else { return nil }
    let secret = start + 9
    guard runLength(line, from: secret, limit: 50, where: isBase36) == 50,
      secret + 50 < line.count, line[secret + 50] == UInt8(ascii: "-"),
      runLength(line, from: secret + 51, limit: 25, where: isBase36) == 25
    else { return nil }
    return secret + 76
  }

  /// Every end of a dotted quad of decimal octets (0-255, no leading zeros), longest first.
  private static func ipv4Ends(_ line: [UInt8], from start: Int, octetsLeft: Int) -> [Int] {
    var ends: [Int] = []
    for length in [3, 2, 1] {
      let end = start + length
      guard end <= line.count, line[start..<end].allSatisfy(isDigit) else { continue }
      if length > 1, line[start] == UInt8(ascii: "0") { continue }
      let value = line[start..<end].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
      guard value <= 255 else { continue }
      if octetsLeft == 1 {
        ends.append(end)
      } else if end < line.count, line[end] == UInt8(ascii: ".") {
        ends += ipv4Ends(line, from: end + 1, octetsLeft: octetsLeft - 1)
      }
    }
    return ends
  }

  /// The phrases of go-units `HumanDuration`, which docker prints for ages and uptimes.
  private static func humanDurationEnds(_ line: [UInt8], from start: Int) -> [Int] {
    for phrase in ["Less than a second", "About a minute", "About an hour", "1 second"]
    where hasPrefix(line, phrase, at: start) {
      return [start + phrase.utf8.count]
    }
    let digits = runLength(line, from: start, limit: 20, where: isDigit)
    guard digits > 0, line[start] != UInt8(ascii: "0"), start + digits < line.count,
      line[start + digits] == UInt8(ascii: " ")
    else { return [] }
    // HumanDuration never prints "1 <plural>": one minute is "About a minute", and so on.
    if digits == 1, line[start] == UInt8(ascii: "1") { return [] }
    let unitStart = start + digits + 1
    for unit in ["seconds", "minutes", "hours", "days", "weeks", "months", "years"]
    where hasPrefix(line, unit, at: unitStart) {
      return [unitStart + unit.utf8.count]
    }
    return []
  }
}
