/// FNV-1a over a string's UTF-8: a stable seed for identifiers derived from other identifiers
/// (Swift's `Hasher` is randomised per process, so it cannot be used for output).
public enum StableHash {
  public static func of(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }

  /// `count` lower-case hex digits derived from `seed` (endpoint and sandbox IDs, image IDs).
  public static func hex(_ seed: String, count: Int) -> String {
    var random = SeededRandom(seed: of(seed))
    let digits = Array("0123456789abcdef")
    return String((0..<count).map { _ in digits[Int(random.next() % 16)] })
  }

  public static func bytes(_ seed: String, count: Int) -> [UInt8] {
    var random = SeededRandom(seed: of(seed))
    return (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
  }
}

extension StableHash {
  /// A plausible Linux PID for a running container, stable for its ID.
  public static func processID(_ containerID: String) -> Int {
    1000 + Int(of(containerID) % 30000)
  }

  /// `swarm.Version.Index`: a raft index that looks like a live cluster's. Real indexes are
  /// global and grow with every write; a per-object base plus the object's own version keeps
  /// them plausible, increasing on updates, and independent of the host.
  public static func versionIndex(_ id: String, _ version: Int) -> UInt64 {
    UInt64(10 + Int(of(id) % 90) + version)
  }
}
