import ArgumentParser
import EngineAPI
import Foundation
import RealEngine

/// Turns `--engine ADDRESS` into a connected real-engine client, with docker's own words when
/// nothing answers there.
enum RealEngineConnection {
  static func connect(_ spec: String) throws -> RealEngineClient {
    let endpoint: EngineEndpoint
    do {
      endpoint = try EngineEndpoint(
        parsing: spec, environment: ProcessInfo.processInfo.environment)
    } catch {
      throw ValidationError(error.description)
    }
    do {
      return try RealEngineClient(endpoint: endpoint)
    } catch {
      FileHandle.standardError.write(
        Data(((error.statusCode == 0 ? error.message : error.daemonMessage) + "\n").utf8))
      throw ExitCode(1)
    }
  }
}
