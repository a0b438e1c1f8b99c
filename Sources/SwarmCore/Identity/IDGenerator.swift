/// Makes the identifiers a swarm shows: 25-character base-36 object IDs, 64-hex container IDs,
/// join tokens and digests, all drawn from one seeded stream in call order.
public struct IDGenerator: Sendable, Equatable {
  private var random: SeededRandom
  private static let base36 = Array("0123456789abcdefghijklmnopqrstuvwxyz")
  private static let hex = Array("0123456789abcdef")

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
      let id = String((0..<64).map { _ in Self.hex[Int(random.next() % 16)] })
      if id.prefix(12).contains(where: { !$0.isNumber }) { return id }
    }
  }

  /// A random base-36 string, zero-padded to `count`, as the parts of a join token.
  public mutating func base36(count: Int) -> String {
    String((0..<count).map { _ in Self.base36[Int(random.next() % 36)] })
  }

  /// A `sha256:` digest of 64 hex characters.
  public mutating func digest() -> String {
    "sha256:" + String((0..<64).map { _ in Self.hex[Int(random.next() % 16)] })
  }

  /// A number in `0..<bound`, for jitter and tie-breaks.
  public mutating func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
}
