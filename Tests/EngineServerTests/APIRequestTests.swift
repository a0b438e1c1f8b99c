import EngineAPI
import Testing

@testable import EngineServer

@Suite("Engine API requests")
struct APIRequestTests {
  @Test("a /v1.NN prefix is removed and the query decoded")
  func versionPrefix() throws {
    let request = try APIRequest(
      method: "GET",
      uri: "/v1.41/services?status=1&filters=%7B%22name%22%3A%7B%22web%22%3Atrue%7D%7D")
    #expect(request.segments == ["services"])
    #expect(request.apiVersion == "1.41")
    #expect(request.flag("status"))
    #expect(try request.filters().values("name") == ["web"])
    let plain = try APIRequest(method: "GET", uri: "/services/web")
    #expect(plain.segments == ["services", "web"])
  }

  @Test("versions beyond 1.41 and before 1.12 are refused as dockerd does")
  func versionBounds() {
    #expect(throws: EngineError.self) { try APIRequest(method: "GET", uri: "/v1.43/version") }
    #expect(throws: EngineError.self) { try APIRequest(method: "GET", uri: "/v1.11/version") }
    #expect((try? APIRequest(method: "GET", uri: "/v1.24/version")) != nil)
  }

  @Test("a bad filters parameter is a 400")
  func badFilters() throws {
    let request = try APIRequest(method: "GET", uri: "/nodes?filters=notjson")
    #expect(throws: EngineError.self) { try request.filters() }
  }
}
