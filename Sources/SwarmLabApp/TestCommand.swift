import ArgumentParser
import Session
import Transcript

#if canImport(Glibc)
  import Glibc
#endif

/// `swarmlab test [PATH…] [--bless]`: replays golden transcripts in fresh simulated swarms.
struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Replay golden transcripts and compare their output (default: transcripts/).")

  @Flag(
    help:
      "Rewrite the expected output of failing commands with the actual output; exits 0 only when every file then passes."
  )
  var bless = false

  /// `--engine ADDRESS` and `--yes` (shared with the shell, whose parser also claims them):
  /// run the transcripts marked `#! engine: any` on that real engine and skip the others.
  @OptionGroup var options: SessionOptions
  @OptionGroup(visibility: .private) var shell: ShellOptions
  @OptionGroup(visibility: .private) var published: PublishedPortsOption

  @Argument(help: "Transcript files (.txt, .md) or folders to search.")
  var paths: [String] = []

  mutating func run() throws {
    if options.engine != nil && bless {
      throw ValidationError("--bless rewrites goldens from the simulation only; drop --engine")
    }
    try options.refuseSimulationFlags(
      "a transcript fixes its seed, hostname and start time in its own header (#! seed: …)")
    try shell.check("test")
    try published.refuse("test")
    let files = TranscriptFiles.find(paths.isEmpty ? ["transcripts"] : paths)
    guard !files.isEmpty else {
      throw ValidationError(
        "no transcript files found in \(paths.isEmpty ? ["transcripts"] : paths)")
    }
    var reports: [TranscriptReport] = []
    var skipped = 0
    var blessedCount = 0
    for path in files {
      let text: String
      do {
        text = try FileText.read(path)
      } catch {
        print("FAIL \(path)\n\(error.message)")
        throw ExitCode(1)
      }
      var report: TranscriptReport
      if let realEngine = options.engine {
        guard
          let run = try TranscriptFiles.runOnRealEngine(
            text: text, name: path, realEngine, options.yes)
        else {
          print("SKIP \(path): not marked '#! engine: any' (it needs the simulation)")
          skipped += 1
          continue
        }
        report = run
      } else {
        report = TranscriptFiles.run(text: text, name: path)
      }
      if bless, !report.passed, let file = report.file {
        let blessed = TranscriptBless.bless(file, with: report)
        if blessed != text {
          try FileText.write(blessed, to: path)
          // What bless changed, so it can be read line by line, then the file as it now stands.
          print(report.diffs.joined(), terminator: "")
          let rewritten = report.failedCommands.count
          print("blessed \(path) (\(rewritten) of \(report.results.count) commands rewritten)")
          blessedCount += 1
          report = TranscriptFiles.run(text: blessed, name: path)
        }
      }
      reports.append(report)
    }
    print(TranscriptReportRenderer.render(reports), terminator: "")
    if skipped > 0 { print("\(skipped) skipped: they run on the simulation only") }
    if blessedCount > 0 { print("\(blessedCount) blessed") }
    // Bless succeeds only when every file now passes (a malformed file cannot be blessed).
    if reports.contains(where: { !$0.passed }) { throw ExitCode(1) }
  }
}

/// Finding and running transcript files (shared with the test suite through the same calls).
enum TranscriptFiles {
  /// Files named directly, and `.txt`/`.md` files (except README.md) under folders, sorted.
  static func find(_ paths: [String]) -> [String] {
    var found: [String] = []
    for path in paths {
      var isDirectory = stat()
      guard stat(path, &isDirectory) == 0 else { continue }
      if (isDirectory.st_mode & S_IFMT) == S_IFDIR {
        found += walk(path).filter {
          ($0.hasSuffix(".txt") || $0.hasSuffix(".md")) && !$0.hasSuffix("README.md")
        }
      } else {
        found.append(path)
      }
    }
    return found
  }

  static func run(text: String, name: String) -> TranscriptReport {
    let file: TranscriptFile
    do {
      file = try TranscriptFile(text: text, name: name)
    } catch {
      return .malformed(error)
    }
    return TranscriptRunner { header in try SessionTranscriptHost(header: header) }.run(file)
  }

  /// Runs a transcript marked `#! engine: any` on a real engine; nil for the others.
  static func runOnRealEngine(text: String, name: String, _ engine: String, _ yes: Bool) throws
    -> TranscriptReport?
  {
    let file: TranscriptFile
    do {
      file = try TranscriptFile(text: text, name: name)
    } catch {
      return .malformed(error)
    }
    guard file.header.engine == .any else { return nil }
    let client = try RealEngineConnection.connect(engine)
    return TranscriptRunner { header in
      try SessionTranscriptHost(header: header, realEngine: client, assumeYes: yes)
    }.run(file)
  }

  private static func walk(_ dir: String) -> [String] {
    guard let handle = opendir(dir) else { return [] }
    defer { closedir(handle) }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    var files: [String] = []
    for name in names.sorted() {
      let path = dir + "/" + name
      var info = stat()
      guard stat(path, &info) == 0 else { continue }
      if (info.st_mode & S_IFMT) == S_IFDIR { files += walk(path) } else { files.append(path) }
    }
    return files
  }
}
