/// An image reference split as docker's reference parser does (registry and `library/`
/// prefixes dropped, tag defaulting to `latest`), for showing images in docker's familiar
/// form on the client side.
public struct ImageName: Sendable, Equatable {
  public var repository: String
  public var tag: String
  public var digest: String?

  public init(_ text: String) {
    var rest = text
    if let at = rest.firstIndex(of: "@") {
      digest = String(rest[rest.index(after: at)...])
      rest = String(rest[..<at])
    }
    var tag = "latest"
    if let colon = rest.lastIndex(of: ":"), !rest[colon...].contains("/") {
      tag = String(rest[rest.index(after: colon)...])
      rest = String(rest[..<colon])
    }
    for prefix in ["docker.io/", "index.docker.io/"] where rest.hasPrefix(prefix) {
      rest.removeFirst(prefix.count)
    }
    if rest.hasPrefix("library/") { rest.removeFirst("library/".count) }
    repository = rest
    self.tag = tag
  }

  /// `name:tag` without the digest: how `service ls` and `service ps` show an image.
  public var familiar: String { "\(repository):\(tag)" }
}
