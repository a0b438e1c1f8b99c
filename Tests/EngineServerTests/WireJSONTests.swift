import EngineAPI
import Testing

@testable import EngineServer

/// Response bodies as dockerd's `encoding/json` writes them: the docker CLI prints `inspect`'s
/// raw body, so its key order is what the learner reads.
@Suite struct WireJSONTests {
  @Test func keysComeInGoStructOrder() throws {
    let spec = ServiceSpec(
      name: "web", labels: ["b": "2", "a": "1"],
      taskTemplate: TaskSpec(containerSpec: ContainerSpec(image: "nginx<1>")),
      mode: .replicated(2))
    let text = String(decoding: try WireJSON.encode(spec), as: UTF8.self)
    let order = ["\"Name\"", "\"Labels\"", "\"TaskTemplate\"", "\"Mode\""].map {
      text.range(of: $0)?.lowerBound
    }
    #expect(order.allSatisfy { $0 != nil }, "\(text)")
    #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "\(text)")
    // Go sorts map keys and escapes HTML characters.
    #expect(text.contains(#""Labels":{"a":"1","b":"2"}"#), "\(text)")
    #expect(text.contains(#"nginx\u003c1\u003e"#), "\(text)")
    #expect(text.hasSuffix("}\n"))
  }

  @Test func timestampsMoveByTheWireOffset() throws {
    let time = Timestamp(unixNanos: 1_000_000_000)
    let body = String(decoding: try WireJSON.encode([time], timestampOffset: 500), as: UTF8.self)
    #expect(body == "[\"1970-01-01T00:00:01.0000005Z\"]\n")
  }
}
