/// Image references compared the way a learner means them: `name` is `name:latest`, a
/// `docker.io/library/` prefix and a pinned digest do not matter, and a wanted name without a
/// tag accepts any tag.
enum ImageName {
  static func matches(_ actual: String, wanted: String) -> Bool {
    let have = split(actual)
    let want = split(wanted)
    return have.repo == want.repo && (want.tag == nil || (have.tag ?? "latest") == want.tag)
  }

  static func split(_ reference: String) -> (repo: String, tag: String?) {
    var ref = reference.split(separator: "@").first.map(String.init) ?? reference
    for prefix in ["docker.io/", "library/"] where ref.hasPrefix(prefix) {
      ref.removeFirst(prefix.count)
    }
    let lastSlash = ref.lastIndex(of: "/") ?? ref.startIndex
    if let colon = ref[lastSlash...].lastIndex(of: ":") {
      return (String(ref[..<colon]), String(ref[ref.index(after: colon)...]))
    }
    return (ref, nil)
  }
}
