import Foundation

/// Reads the captured docker 20.10 outputs next to this source file.
enum FixtureFiles {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// Names (without `.txt`) of the files in `Fixtures/<folder>`, sorted.
  static func names(in folder: String) -> [String] {
    let url = directory.appendingPathComponent(folder)
    let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
  }

  static func text(_ folder: String, _ name: String) -> String {
    let url = directory.appendingPathComponent(folder).appendingPathComponent(name + ".txt")
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }

  /// A captured error case: argv, exit code, stream and exact output.
  struct Case {
    let argv: [String]
    let exitCode: Int32
    let stream: String
    let output: String
  }

  static func errorCase(_ name: String) -> Case {
    let text = text("errors", name)
    let lines = text.split(separator: "\n", maxSplits: 4, omittingEmptySubsequences: false)
    let argv = lines[0].dropFirst("argv: ".count).split(separator: " ").map(String.init)
    let exit = Int32(lines[1].dropFirst("exit: ".count)) ?? -1
    let stream = String(lines[2].dropFirst("stream: ".count))
    return Case(
      argv: argv, exitCode: exit, stream: stream, output: lines.count > 4 ? String(lines[4]) : "")
  }
}
