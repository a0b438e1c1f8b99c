import Engine
import EngineAPI
import Foundation
import SwarmCore
import Testing

@testable import EngineServer

#if canImport(Glibc)
  import Glibc
#endif

/// One request over a unix socket, answered as raw HTTP text (status line, headers, body).
private func exchange(_ socketPath: String, _ method: String, _ path: String, body: String = "")
  -> String
{
  let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
  guard fd >= 0 else { return "" }
  defer { close(fd) }
  var address = sockaddr_un()
  address.sun_family = sa_family_t(AF_UNIX)
  withUnsafeMutableBytes(of: &address.sun_path) { raw in
    for (i, byte) in socketPath.utf8.prefix(raw.count - 1).enumerated() { raw[i] = byte }
  }
  let connected = withUnsafePointer(to: &address) {
    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
      connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
    }
  }
  guard connected == 0 else { return "" }
  let text =
    "\(method) \(path) HTTP/1.1\r\nHost: docker\r\nContent-Type: application/json\r\n"
    + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
  let bytes = Array(text.utf8)
  _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
  var response: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 8192)
  while true {
    let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard n > 0 else { break }
    response += buffer[0..<n]
  }
  return String(decoding: response, as: UTF8.self)
}

@Suite("swarmlab serve over a real socket", .serialized)
struct EngineServerSocketTests {
  private func start() throws -> (EngineServer, String) {
    var config = SimulationConfig()
    config.seed = 1
    let server = EngineServer(
      engine: Engine(cluster: Cluster(config: config, catalog: .builtin)), clockMode: .manual)
    let path = NSTemporaryDirectory() + "swarmlab-test-\(UUID().uuidString.prefix(8)).sock"
    try server.listen(unixSocket: path)
    return (server, path)
  }

  @Test("the socket is private, the API answers, and shutdown removes the socket")
  func lifecycle() throws {
    let (server, path) = try start()
    var info = stat()
    #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
    let ping = exchange(path, "GET", "/_ping")
    #expect(ping.hasPrefix("HTTP/1.1 200 OK") && ping.contains("Api-Version: 1.41"))
    #expect(ping.hasSuffix("OK"))
    let tooNew = exchange(path, "GET", "/v1.99/version")
    #expect(tooNew.hasPrefix("HTTP/1.1 400") && tooNew.contains("is too new"))
    server.shutdown()
    #expect(access(path, F_OK) != 0)
  }

  @Test("what is not simulated is a 501 saying so; broken bodies are dockerd's 400s")
  func refusals() throws {
    let (server, path) = try start()
    defer { server.shutdown() }
    let images = exchange(path, "GET", "/v1.41/images/json")
    #expect(images.hasPrefix("HTTP/1.1 501") && images.contains("SwarmLab does not simulate"))
    let init_ = exchange(path, "POST", "/v1.41/swarm/init", body: "{}")
    #expect(init_.hasPrefix("HTTP/1.1 200"))
    let malformed = exchange(path, "POST", "/v1.41/services/create", body: "{nope")
    #expect(malformed.hasPrefix("HTTP/1.1 400"))
    let wrongType = exchange(path, "POST", "/v1.41/services/create", body: #"{"Name": 5}"#)
    #expect(wrongType.hasPrefix("HTTP/1.1 400") && wrongType.contains("cannot unmarshal"))
    let big = exchange(
      path, "POST", "/v1.41/services/create", body: String(repeating: " ", count: 2 << 20))
    #expect(big.hasPrefix("HTTP/1.1 400") && big.contains("too large"))
    let missing = exchange(path, "GET", "/v1.41/services/nosuch")
    #expect(missing.hasPrefix("HTTP/1.1 404") && missing.contains("service nosuch not found"))
  }

  @Test("configs, secrets and volumes are routed as dockerd routes them")
  func dataObjects() throws {
    let (server, path) = try start()
    defer { server.shutdown() }
    _ = exchange(path, "POST", "/v1.41/swarm/init", body: "{}")
    let created = exchange(
      path, "POST", "/v1.41/configs/create",
      body: #"{"Name":"app","Labels":{"a":"b"},"Data":"eyJhIjogMX0K"}"#)
    #expect(created.hasPrefix("HTTP/1.1 201") && created.contains(#"{"ID":""#))
    let listed = exchange(
      path, "GET", "/v1.41/configs?filters=%7B%22name%22%3A%7B%22ap%22%3Atrue%7D%7D")
    #expect(listed.contains(#""Data":"eyJhIjogMX0K""#) && listed.contains(#""Labels":{"a":"b"}"#))
    let again = exchange(
      path, "POST", "/v1.41/configs/create", body: #"{"Name":"app","Data":"eA=="}"#)
    #expect(again.hasPrefix("HTTP/1.1 409") && again.contains("already exists"))
    let secret = exchange(
      path, "POST", "/v1.41/secrets/create", body: #"{"Name":"pw","Data":"eA=="}"#)
    #expect(secret.hasPrefix("HTTP/1.1 201"))
    let inspected = exchange(path, "GET", "/v1.41/secrets/pw")
    #expect(inspected.hasPrefix("HTTP/1.1 200") && !inspected.contains("Data"))
    #expect(exchange(path, "DELETE", "/v1.41/secrets/pw").hasPrefix("HTTP/1.1 204"))
    #expect(exchange(path, "GET", "/v1.41/secrets/pw").hasPrefix("HTTP/1.1 404"))
    let volume = exchange(path, "POST", "/v1.41/volumes/create", body: #"{"Name":"data"}"#)
    #expect(volume.hasPrefix("HTTP/1.1 201") && volume.contains(#""Name":"data""#))
    let volumes = exchange(path, "GET", "/v1.41/volumes")
    #expect(volumes.contains(#""Volumes":[{"#) && volumes.contains(#""Warnings":null"#))
    let pruned = exchange(path, "POST", "/v1.41/volumes/prune")
    #expect(
      pruned.contains(#""VolumesDeleted":["data"]"#) && pruned.contains(#""SpaceReclaimed":0"#))
    let gone = exchange(path, "DELETE", "/v1.41/volumes/data")
    #expect(gone.hasPrefix("HTTP/1.1 404") && gone.contains("get data: no such volume"))
  }

  @Test("docker run's requests: create by name, pull refusal, start, and a wait answered at exit")
  func containerRun() throws {
    let (server, path) = try start()
    defer { server.shutdown() }
    let created = exchange(
      path, "POST", "/v1.41/containers/create?name=fid-run",
      body:
        #"{"Image":"diamol/ch12-timecheck:1.0","Cmd":["sh","-c","exit 3"],"HostConfig":{"NetworkMode":"default"}}"#
    )
    #expect(created.hasPrefix("HTTP/1.1 201") && created.contains(#"{"Id":""#))
    let again = exchange(
      path, "POST", "/v1.41/containers/create?name=fid-run",
      body: #"{"Image":"diamol/ch12-timecheck:1.0"}"#)
    #expect(again.hasPrefix("HTTP/1.1 409") && again.contains("is already in use"))
    let noImage = exchange(path, "POST", "/v1.41/containers/create", body: #"{"Image":"nosuch"}"#)
    #expect(noImage.hasPrefix("HTTP/1.1 404") && noImage.contains("No such image: nosuch:latest"))
    let pull = exchange(path, "POST", "/v1.41/images/create?fromImage=nosuch&tag=latest")
    #expect(pull.hasPrefix("HTTP/1.1 404") && pull.contains("pull access denied for nosuch"))
    #expect(exchange(path, "POST", "/v1.41/containers/fid-run/start").hasPrefix("HTTP/1.1 204"))
    let wait = exchange(path, "POST", "/v1.41/containers/fid-run/wait?condition=next-exit")
    #expect(wait.hasPrefix("HTTP/1.1 200") && wait.contains(#""StatusCode":3"#))
  }

  @Test("concurrent clients are served one request at a time without losing any")
  func concurrentClients() throws {
    let (server, path) = try start()
    defer { server.shutdown() }
    _ = exchange(path, "POST", "/v1.41/swarm/init", body: "{}")
    let statuses = LockedStatuses()
    DispatchQueue.concurrentPerform(iterations: 8) { client in
      var mine: [String] = []
      for i in 0..<15 {
        let response: String
        if i % 5 == 0 {
          let spec =
            #"{"Name":"c\#(client)-\#(i)","TaskTemplate":{"ContainerSpec":{"Image":"diamol/ch12-timecheck:1.0"}}}"#
          response = exchange(path, "POST", "/v1.41/services/create", body: spec)
        } else {
          response = exchange(path, "GET", i % 2 == 0 ? "/v1.41/services" : "/v1.41/tasks")
        }
        mine.append(String(response.prefix(12)))
      }
      statuses.add(mine)
    }
    let all = statuses.all
    #expect(all.count == 120)
    #expect(all.allSatisfy { $0 == "HTTP/1.1 200" || $0 == "HTTP/1.1 201" }, "\(Set(all))")
    let list = exchange(path, "GET", "/v1.41/services")
    #expect(list.components(separatedBy: "\"ID\"").count - 1 == 24)
  }
}

/// The responses the client threads collect.
private final class LockedStatuses: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [String] = []
  func add(_ more: [String]) { lock.withLock { values += more } }
  var all: [String] { lock.withLock { values } }
}
