import EngineAPI
import Foundation
import RealEngine
import Testing

/// The parts of the client that need no engine: addresses, version negotiation, the stream
/// format, and the error when nothing listens.
@Suite struct RealEngineClientTests {
  @Test func addressesInDockersForms() throws {
    #expect(
      try EngineEndpoint(parsing: "unix:///var/run/docker.sock", environment: [:]).transport
        == .unix(path: "/var/run/docker.sock"))
    #expect(
      try EngineEndpoint(parsing: "tcp://10.0.0.5:2375", environment: [:]).transport
        == .tcp(host: "10.0.0.5", port: 2375))
    #expect(try EngineEndpoint(parsing: "docker", environment: [:]) == .defaultSocket)
    #expect(
      try EngineEndpoint(parsing: "env", environment: ["DOCKER_HOST": "tcp://lab:2375"]).description
        == "tcp://lab:2375")
    #expect(throws: EngineEndpointError.self) {
      try EngineEndpoint(parsing: "ssh://me@lab", environment: [:])
    }
    #expect(throws: EngineEndpointError.self) {
      try EngineEndpoint(parsing: "tcp://lab", environment: [:])
    }
    #expect(throws: EngineEndpointError.self) {
      try EngineEndpoint(parsing: "unix://relative.sock", environment: [:])
    }
  }

  @Test func negotiationKeepsTheLowerVersion() {
    #expect(APIVersion.negotiated(server: "1.43").description == "1.41")
    #expect(APIVersion.negotiated(server: "1.40").description == "1.40")
    #expect(APIVersion.negotiated(server: "1.9").description == "1.9")
    #expect(APIVersion.negotiated(server: nil).description == "1.41")
    #expect(APIVersion.negotiated(server: "garbage").description == "1.41")
  }

  @Test func multiplexedFramesAndRawTTYOutput() {
    let framed = frame(1, "hi\n") + frame(2, "err\n")
    #expect(
      DockerStream.frames(framed) == [
        .init(stream: .stdout, bytes: Array("hi\n".utf8)),
        .init(stream: .stderr, bytes: Array("err\n".utf8)),
      ])
    #expect(
      DockerStream.frames(Array("/ # ".utf8)) == [.init(stream: .stdout, bytes: Array("/ # ".utf8))]
    )
    // A frame cut short keeps what arrived instead of reading past the end.
    #expect(DockerStream.frames([1, 0, 0, 0, 0, 0, 0, 9, 65]).first?.bytes == [65])
    #expect(DockerStream.frames([]).isEmpty)
  }

  /// One multiplexed frame as dockerd writes it.
  func frame(_ stream: UInt8, _ text: String) -> [UInt8] {
    let bytes = Array(text.utf8)
    let n = bytes.count
    return [
      stream, 0, 0, 0, UInt8(n >> 24 & 255), UInt8(n >> 16 & 255), UInt8(n >> 8 & 255),
      UInt8(n & 255),
    ]
      + bytes
  }

  @Test func containerLogLinesWithoutDetails() {
    let body =
      frame(1, "2026-11-26T13:07:19.5Z one\n2026-11-26T13:07:20Z two\n")
      + frame(2, "2026-11-26T13:07:21Z three\n")
    let lines = DockerStream.logMessages(body, details: false, containerID: "abc")
    #expect(lines.map(\.line) == ["one", "two", "three"])
    #expect(lines.map(\.stream) == [.stdout, .stdout, .stderr])
    #expect(lines.map(\.containerID) == ["abc", "abc", "abc"])
    #expect(lines[0].timestamp.rfc3339Nano == "2026-11-26T13:07:19.5Z")
  }

  @Test func nothingListeningIsDockersCannotConnect() {
    let endpoint = EngineEndpoint(transport: .unix(path: "/nonexistent/swarmlab.sock"))
    #expect(
      throws: EngineError(
        statusCode: 0,
        message:
          "Cannot connect to the Docker daemon at unix:///nonexistent/swarmlab.sock. Is the docker daemon running?"
      )
    ) { try RealEngineClient(endpoint: endpoint) }
  }

  /// A refused TCP connection, and a unix socket file nobody listens on: the connection fails
  /// after the reply's promise exists, which must still end in docker's error (not a trap).
  @Test func refusedConnectionsAreDockersCannotConnect() throws {
    #expect(
      throws: EngineError(
        statusCode: 0,
        message:
          "Cannot connect to the Docker daemon at tcp://127.0.0.1:1. Is the docker daemon running?")
    ) {
      try RealEngineClient(endpoint: EngineEndpoint(transport: .tcp(host: "127.0.0.1", port: 1)))
    }
    let path = NSTemporaryDirectory() + "swarmlab-deaf-\(getpid()).sock"
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    try #require(fd >= 0)
    defer {
      close(fd)
      unlink(path)
    }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      for (i, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = byte }
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    // Bound but never listening: connecting is refused.
    try #require(bound == 0)
    #expect(
      throws: EngineError(
        statusCode: 0,
        message:
          "Cannot connect to the Docker daemon at unix://\(path). Is the docker daemon running?")
    ) { try RealEngineClient(endpoint: EngineEndpoint(transport: .unix(path: path))) }
  }
}
