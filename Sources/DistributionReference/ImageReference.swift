/// An image reference split as docker's reference parser (distribution/reference) does:
/// registry and `library/` prefixes dropped, the tag defaulting to `latest`, a digest kept
/// apart. The CLI, the daemon and swarmkit all read references this way, so one parser
/// serves them all.
public struct ImageReference: Sendable, Equatable {
  public var repository: String
  public var tag: String
  public var digest: String?
  /// Whether the text named a tag (`name:1.0`) rather than leaving it to default.
  public var hasExplicitTag: Bool

  public init(_ text: String) {
    var rest = text
    if let at = rest.firstIndex(of: "@") {
      digest = String(rest[rest.index(after: at)...])
      rest = String(rest[..<at])
    }
    var tag = "latest"
    hasExplicitTag = false
    if let colon = rest.lastIndex(of: ":"), !rest[colon...].contains("/") {
      tag = String(rest[rest.index(after: colon)...])
      rest = String(rest[..<colon])
      hasExplicitTag = true
    }
    for prefix in ["docker.io/", "index.docker.io/"] where rest.hasPrefix(prefix) {
      rest.removeFirst(prefix.count)
    }
    if rest.hasPrefix("library/") { rest.removeFirst("library/".count) }
    repository = rest
    self.tag = tag
  }

  /// `name:tag` without the digest: how docker shows a normalised reference (`service ls`,
  /// `service ps`, the daemon's "No such image").
  public var familiar: String { "\(repository):\(tag)" }

  /// The name, with the tag only when the text named one, without the digest: how
  /// `docker ps` shows a container's image (docker/cli's container formatter keeps the
  /// reference as it was given, so `docker run busybox` lists `busybox`, not `busybox:latest`).
  public var familiarAsGiven: String { hasExplicitTag ? familiar : repository }
}
