import Foundation
import Testing

@testable import SwarmCore

/// The catalog compiled into SwarmLab is its data file, image for image: the Swift literal is
/// written by `script/generate-image-catalog` and must follow every edit of the JSON.
@Suite struct BuiltinCatalogTests {
  static let dataFile = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/SwarmCore/Resources/image-catalog.json")

  @Test func compiledCatalogIsTheDataFile() throws {
    let decoded = try ImageCatalog(json: Array(Data(contentsOf: Self.dataFile)))
    let compiled = ImageCatalog.builtin
    #expect(
      compiled.images.map(\.pinnedReference) == decoded.images.map(\.pinnedReference),
      "run script/generate-image-catalog after editing image-catalog.json")
    for (built, data) in zip(compiled.images, decoded.images) {
      #expect(built == data, "\(data.reference): run script/generate-image-catalog")
    }
  }

  @Test func builtinFindsImagesByEverySpelling() throws {
    let catalog = ImageCatalog.builtin
    let timecheck = try #require(catalog.lookup("diamol/ch12-timecheck:1.0"))
    #expect(catalog.lookup(timecheck.pinnedReference) == timecheck)
    #expect(catalog.lookup("docker.io/diamol/ch12-timecheck:1.0") == timecheck)
    #expect(catalog.lookup("diamol/ch12-timecheck@\(timecheck.digest)") == timecheck)
    #expect(catalog.lookup("diamol/ch12-timecheck:9.9") == nil)
  }
}
