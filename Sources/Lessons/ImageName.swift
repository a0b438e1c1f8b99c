import DistributionReference

/// Image references compared the way a learner means them: `name` is `name:latest`, a
/// `docker.io/library/` prefix and a pinned digest do not matter, and a wanted name without a
/// tag accepts any tag.
enum ImageName {
  static func matches(_ actual: String, wanted: String) -> Bool {
    let have = ImageReference(actual)
    let want = ImageReference(wanted)
    return have.repository == want.repository && (!want.hasExplicitTag || have.tag == want.tag)
  }
}
