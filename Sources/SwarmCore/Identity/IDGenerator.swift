/// Makes the identifiers a swarm shows: 25-character base-36 object IDs, 64-hex container IDs,
/// join tokens and digests, all drawn from one seeded stream in call order.
public struct IDGenerator: Sendable, Equatable {
  private var random: SeededRandom
  // ASCII bytes: a 100,000-task swarm makes 200,000 IDs, and building them from Characters
  // was a visible share of creating it.
  private static let base36 = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
  private static let hex = Array("0123456789abcdef".utf8)

  public init(seed: UInt64) { random = SeededRandom(seed: seed) }

  /// A swarmkit object ID: 25 lower-case base-36 characters (node, service, task, network).
  public mutating func objectID() -> String {
    // swarmkit sets the top bit of 17 random bytes and drops the first base-36 digit, so the
    // first visible character is uniformly distributed; drawing each digit directly is the same.
    base36(count: 25)
  }

  /// A container ID: 64 lower-case hex characters whose first 12 are never all digits (docker
  /// regenerates such IDs because they would parse as numbers).
  public mutating func containerID() -> String {
    while true {
      let bytes = (0..<64).map { _ in Self.hex[Int(random.next() % 16)] }
      if bytes.prefix(12).contains(where: { $0 >= UInt8(ascii: "a") }) {
        return String(decoding: bytes, as: UTF8.self)
      }
    }
  }

  /// A random base-36 string, zero-padded to `count`, as the parts of a join token.
  public mutating func base36(count: Int) -> String {
    String(decoding: (0..<count).map { _ in Self.base36[Int(random.next() % 36)] }, as: UTF8.self)
  }

  /// A `sha256:` digest of 64 hex characters.
  public mutating func digest() -> String {
    "sha256:"
      + String(decoding: (0..<64).map { _ in Self.hex[Int(random.next() % 16)] }, as: UTF8.self)
  }

  /// A number in `0..<bound`, for jitter and tie-breaks.
  public mutating func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
}
