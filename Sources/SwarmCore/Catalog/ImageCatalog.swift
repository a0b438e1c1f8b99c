import DistributionReference

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The images the simulated registry knows, loaded from data files so lessons can add images
/// without code. An image outside the catalog behaves as on an offline swarm: its digest
/// cannot be recorded and every task is rejected with `No such image`.
public struct ImageCatalog: Sendable {
  public private(set) var images: [CatalogImage] {
    didSet { index = Self.index(images) }
  }
  /// The spellings tasks use most (`name:tag@digest`, `name:tag`), to the image's position:
  /// the agent looks images up for every task on every pass.
  private var index: [String: Int]

  public init(images: [CatalogImage] = []) {
    self.images = images
    self.index = Self.index(images)
  }

  private static func index(_ images: [CatalogImage]) -> [String: Int] {
    var index: [String: Int] = [:]
    for (i, image) in images.enumerated() {
      index[image.reference] = i
      index[image.pinnedReference] = i
      index["\(image.repository)@\(image.digest)"] = i
      if image.tag == "latest" { index[image.repository] = i }
    }
    return index
  }

  /// Decodes a catalog file (`{"images": [...]}`).
  public init(json: [UInt8]) throws {
    let file = try JSONDecoder().decode(CatalogFile.self, from: Data(json))
    images = file.images
    index = Self.index(file.images)
  }

  /// The catalog compiled into SwarmLab (`Sources/SwarmCore/Resources/image-catalog.json`,
  /// as the Swift literal `script/generate-image-catalog` writes from it).
  public static let builtin = ImageCatalog(images: builtinImages())

  /// Adds images (or replaces ones with the same reference), e.g. from a lesson.
  public mutating func merge(_ other: ImageCatalog) {
    for image in other.images {
      images.removeAll { $0.reference == image.reference }
      images.append(image)
    }
  }

  /// Whether the image exists and, if its containers exit by themselves, its exit rule; read
  /// in place for the agent, which asks for every running task on every pass.
  func exitRule(_ reference: String) -> (known: Bool, exit: ExitBehaviour?) {
    if let i = index[reference] { return (true, images[i].exit) }
    guard let image = lookup(reference) else { return (false, nil) }
    return (true, image.exit)
  }

  /// Whether the catalog has the image, without copying its entry out (the agent asks once
  /// per task).
  public func knows(_ reference: String) -> Bool { exitRule(reference).known }

  /// Finds an image by any spelling docker accepts: `name`, `name:tag`, `name@digest`,
  /// `docker.io/library/name:tag`.
  public func lookup(_ reference: String) -> CatalogImage? {
    if let i = index[reference] { return images[i] }
    let ref = ImageReference(reference)
    return images.first { image in
      guard image.repository == ref.repository else { return false }
      if let digest = ref.digest { return digest == image.digest }
      return image.tag == ref.tag
    }
  }
}

/// One catalog entry: identity, how its container looks, and what it writes to its log.
public struct CatalogImage: Sendable, Codable, Equatable {
  public var repository: String
  public var tag: String
  public var digest: String
  public var command: String
  public var workdir: String?
  public var shell: String?
  public var env: [String]?
  public var logs: LogSchedule?
  public var exit: ExitBehaviour?
  /// How the app answers HTTP, for `curl`/`wget` from the host or other containers.
  public var http: AppBehaviour?
  /// What `ls` shows in the working directory.
  public var files: [String]?
  /// The image's `HEALTHCHECK`.
  public var healthcheck: CatalogHealthCheck?
  /// A check the image's command runs before the app (`curl --fail URL && dotnet App.dll`):
  /// its output opens the container's log, and when it fails the container exits with its
  /// code instead of starting the app.
  public var startupCheck: String?
  /// The exit code the app gives SIGTERM; 143 (the default action) when unset.
  public var stopExitCode: Int?
  /// The image's `VOLUME` paths: each task container gets an anonymous volume for each.
  public var volumes: [String]?

  public var reference: String { "\(repository):\(tag)" }
  public var pinnedReference: String { "\(reference)@\(digest)" }
}

/// Log lines an image writes: some at start, then one line repeated on a fixed period.
public struct LogSchedule: Sendable, Codable, Equatable {
  public var startup: [String]?
  /// A Go duration such as `5s`.
  public var every: String?
  public var line: String?
}

/// An app that stops by itself some time after it starts (for failing-update lessons).
public struct ExitBehaviour: Sendable, Codable, Equatable {
  public var after: String
  public var code: Int
}

/// An image's `HEALTHCHECK`: the test (`["CMD-SHELL", "curl --fail …"]`) and Go durations.
public struct CatalogHealthCheck: Sendable, Codable, Equatable {
  public var test: [String]
  public var interval: String?
  public var timeout: String?
  public var startPeriod: String?
  public var retries: Int?
}

private struct CatalogFile: Codable {
  var images: [CatalogImage]
}
