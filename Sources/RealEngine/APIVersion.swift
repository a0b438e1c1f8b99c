/// An Engine API version (`1.41`), ordered by its numbers as docker compares them, so `1.9`
/// comes before `1.41`.
public struct APIVersion: Sendable, Comparable, CustomStringConvertible {
  public var major: Int
  public var minor: Int

  /// The version SwarmLab's wire model follows (Docker 20.10).
  public static let supported = APIVersion(major: 1, minor: 41)

  public init(major: Int, minor: Int) {
    self.major = major
    self.minor = minor
  }

  /// Parses `MAJOR.MINOR`; nil for anything else.
  public init?(_ text: String) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, let major = Int(parts[0]), let minor = Int(parts[1]), major >= 0,
      minor >= 0
    else { return nil }
    self.init(major: major, minor: minor)
  }

  /// The version to speak with a daemon that announced `server` on `/_ping`: docker's
  /// negotiation keeps the lower of the two, and the client's own when the daemon said nothing.
  public static func negotiated(server: String?) -> APIVersion {
    guard let server, let version = APIVersion(server) else { return .supported }
    return min(version, .supported)
  }

  public static func < (lhs: APIVersion, rhs: APIVersion) -> Bool {
    (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
  }

  public var description: String { "\(major).\(minor)" }
}
