public import EngineAPI

/// One Engine API request as the router sees it: the method, the path split into segments with
/// the `/v1.NN` prefix removed, the decoded query and the body.
public struct APIRequest: Sendable {
  public var method: String
  /// `["services", "web", "update"]` for `/v1.41/services/web/update`.
  public var segments: [String]
  public var query: [String: String]
  public var body: [UInt8]
  /// The API version the client asked for (`1.41` when the path carries none).
  public var apiVersion: String
  /// `Upgrade: tcp` with `Connection: Upgrade`: the client wants the connection hijacked.
  public var wantsUpgrade: Bool

  /// The newest version this server speaks, and the oldest dockerd 20.10 still accepts.
  public static let maxVersion = "1.41"
  public static let minVersion = "1.12"

  public init(
    method: String, uri: String, body: [UInt8] = [], wantsUpgrade: Bool = false
  ) throws(EngineError) {
    self.method = method
    self.body = body
    self.wantsUpgrade = wantsUpgrade
    let (path, queryText) = Self.split(uri)
    var segments = path.split(separator: "/", omittingEmptySubsequences: true).map {
      Self.percentDecode(String($0))
    }
    apiVersion = Self.maxVersion
    if let first = segments.first, first.hasPrefix("v"), Self.isVersion(first.dropFirst()) {
      apiVersion = String(first.dropFirst())
      segments.removeFirst()
      // dockerd's version middleware, word for word.
      if Self.compare(apiVersion, Self.maxVersion) > 0 {
        throw .invalidParameter(
          "client version \(apiVersion) is too new. Maximum supported API version is \(Self.maxVersion)"
        )
      }
      if Self.compare(apiVersion, Self.minVersion) < 0 {
        throw .invalidParameter(
          "client version \(apiVersion) is too old. Minimum supported API version is \(Self.minVersion), please upgrade your client to a newer version"
        )
      }
    }
    self.segments = segments
    var query: [String: String] = [:]
    for pair in queryText.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let key = Self.percentDecode(String(parts[0]), plusIsSpace: true)
      // Go's url.Values keeps every value; handlers read the first, as `r.Form.Get` does.
      if query[key] == nil {
        query[key] = parts.count > 1 ? Self.percentDecode(String(parts[1]), plusIsSpace: true) : ""
      }
    }
    self.query = query
  }

  /// A boolean query flag as dockerd's `httputils.BoolValue` reads it: anything but empty,
  /// `0`, `no`, `false` or `none` is true.
  public func flag(_ name: String) -> Bool {
    guard let value = query[name]?.lowercased() else { return false }
    return !["", "0", "no", "false", "none"].contains(value)
  }

  /// `filters={"name":{"web":true}}`, as dockerd's `filters.FromJSON` reads it.
  public func filters() throws(EngineError) -> FilterArgs {
    guard let text = query["filters"], !text.isEmpty else { return FilterArgs() }
    if let args = try? WireJSON.decode(FilterArgs.self, from: Array(text.utf8)) { return args }
    // The pre-1.22 form, `{"name":["web"]}`.
    if let legacy = try? WireJSON.decode([String: [String]].self, from: Array(text.utf8)) {
      var args = FilterArgs()
      for key in legacy.keys.sorted() { for value in legacy[key]! { args.add(key, value) } }
      return args
    }
    throw .invalidParameter("invalid filter '\(text)'")
  }

  static func split(_ uri: String) -> (path: Substring, query: Substring) {
    guard let mark = uri.firstIndex(of: "?") else { return (uri[...], "") }
    return (uri[..<mark], uri[uri.index(after: mark)...])
  }

  static func isVersion(_ text: Substring) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
  }

  /// Compares dotted versions numerically (`1.9` < `1.12`).
  static func compare(_ a: String, _ b: String) -> Int {
    let x = a.split(separator: ".").map { Int($0) ?? 0 }
    let y = b.split(separator: ".").map { Int($0) ?? 0 }
    for i in 0..<max(x.count, y.count) {
      let l = i < x.count ? x[i] : 0
      let r = i < y.count ? y[i] : 0
      if l != r { return l < r ? -1 : 1 }
    }
    return 0
  }

  static func percentDecode(_ text: String, plusIsSpace: Bool = false) -> String {
    guard text.contains("%") || (plusIsSpace && text.contains("+")) else { return text }
    var bytes: [UInt8] = []
    var utf8 = Array(text.utf8)[...]
    while let byte = utf8.popFirst() {
      if byte == UInt8(ascii: "+") && plusIsSpace {
        bytes.append(UInt8(ascii: " "))
      } else if byte == UInt8(ascii: "%"), utf8.count >= 2,
        let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
      {
        bytes.append(value)
        utf8 = utf8.dropFirst(2)
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension APIRequest {
  /// Whether the method and the path after the collection (`init`, `{}/update`; `{}` is any
  /// one segment) match.
  func matches(_ method: String, _ pattern: String) -> Bool { match(method, pattern) != nil }

  /// The segment that stands for `{}` in `pattern` (empty when the pattern has none), or nil
  /// when the request does not match.
  func match(_ method: String, _ pattern: String) -> String? {
    guard self.method == method || (method == "GET" && self.method == "HEAD") else { return nil }
    let rest = segments.dropFirst()
    let parts = pattern.split(separator: "/").map(String.init)
    guard rest.count == parts.count else { return nil }
    var captured = ""
    for (segment, part) in zip(rest, parts) {
      if part == "{}" { captured = segment } else if segment != part { return nil }
    }
    return captured
  }
}
