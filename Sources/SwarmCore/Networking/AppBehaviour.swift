/// How an image's app answers HTTP, as catalog data: its port and its routes. Bodies and
/// log lines are templates: `{random}` (0–99), `{count}` (the app's counter), `{clientIp}`,
/// `{hostname}`, `{date}` (Go's log time) and `{upstream.FIELD}` (a JSON field of the first
/// upstream answer).
public struct AppBehaviour: Sendable, Codable, Equatable {
  public var port: Int
  public var routes: [AppRoute]
  /// Answer to a path no route matches.
  public var notFound: AppReply?
  /// The app starts unhealthy unless its environment has this setting (`Broken=false`; the
  /// value compares as .NET's `bool.Parse` does, ignoring case).
  public var brokenUnless: String?
  /// Other sets of routes the app uses when its configuration says so (the to-do app switches
  /// to Postgres when a config file is mounted); the first whose condition holds wins.
  public var variants: [AppVariant]?
}

/// Routes an app serves while a condition on its container holds.
public struct AppVariant: Sendable, Codable, Equatable {
  public var when: AppCondition
  public var routes: [AppRoute]
  public var notFound: AppReply?
}

/// What must hold in the container: mounted files containing some text, and names the
/// container can resolve (a database service on a shared network with a running task).
public struct AppCondition: Sendable, Codable, Equatable {
  public var files: [FileCondition]?
  public var resolves: [String]?

  func holds(in container: Container, _ state: ClusterState) -> Bool {
    for file in files ?? [] {
      guard let data = state.mountedFile(file.path, inContainer: container.id),
        String(decoding: data, as: UTF8.self).contains(file.contains)
      else { return false }
    }
    for name in resolves ?? [] where ServiceDNS.lookup(name, from: container, state).isEmpty {
      return false
    }
    return true
  }
}

/// A mounted file (config or secret) that must contain `contains`.
public struct FileCondition: Sendable, Codable, Equatable {
  public var path: String
  public var contains: String
}

/// One route of an app.
public struct AppRoute: Sendable, Codable, Equatable {
  public var method: String?
  public var path: String
  public var status: Int?
  public var contentType: String?
  public var body: String?
  /// Lines the app logs on each call, and on its first call only.
  public var log: [String]?
  public var logOnce: [String]?
  /// Each call adds one to the app's counter (`{count}`).
  public var counts: Bool?
  /// The app turns unhealthy once this route has been called more than this many times.
  public var breaksAfter: Int?
  /// The answer while the app is unhealthy.
  public var unhealthy: AppReply?
  /// Calls made to other services before answering; `$VAR` reads the container's env.
  public var calls: [UpstreamCall]?
  /// What happens when an upstream call cannot connect (the Go gallery panics).
  public var onUpstreamFailure: AppReply?
}

/// A fixed answer: status, body, log lines; `emptyReply` closes the connection unanswered.
public struct AppReply: Sendable, Codable, Equatable {
  public var status: Int?
  public var contentType: String?
  public var body: String?
  public var log: [String]?
  public var emptyReply: Bool?
}

/// A request an app makes to another service while answering.
public struct UpstreamCall: Sendable, Codable, Equatable {
  public var method: String?
  public var url: String
  public var body: String?
}

/// What an app process remembers: per-route call counts, its counter, health, and which
/// once-only lines it has logged.
public struct AppState: Sendable, Equatable {
  public var calls: [String: Int] = [:]
  public var counter = 0
  public var healthy = true
  public var loggedOnce: [String] = []

  public init() {}

  /// A fresh process of an app with this environment.
  public init(_ app: AppBehaviour?, env: [String]) {
    guard let wanted = app?.brokenUnless else { return }
    let key = wanted.prefix { $0 != "=" }
    let value = wanted.drop { $0 != "=" }.dropFirst().lowercased()
    let setting = env.first { $0.prefix { $0 != "=" } == key }
    healthy = setting.map { $0.drop { $0 != "=" }.dropFirst().lowercased() == value } ?? false
  }
}
