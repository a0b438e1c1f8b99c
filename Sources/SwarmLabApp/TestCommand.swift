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

  @Flag(help: "Rewrite the expected output of failing commands with the actual output.")
  var bless = false

  /// `--engine ADDRESS` and `--yes` (shared with the shell, whose parser also claims them):
  /// run the transcripts marked `#! engine: any` on that real engine and skip the others.
  @OptionGroup var options: SessionOptions

  @Argument(help: "Transcript files (.txt, .md) or folders to search.")
  var paths: [String] = []

  mutating func run() throws {
    if options.engine != nil && bless {
      throw ValidationError("--bless rewrites goldens from the simulation only; drop --engine")
    }
    if options.seed != 1 || options.hostname != "docker-desktop" || options.startTime != nil {
      throw ValidationError(
        "a transcript fixes its seed, hostname and start time in its own header (#! seed: …)")
    }
    let files = TranscriptFiles.find(paths.isEmpty ? ["transcripts"] : paths)
    guard !files.isEmpty else {
      throw ValidationError(
        "no transcript files found in \(paths.isEmpty ? ["transcripts"] : paths)")
    }
    var reports: [TranscriptReport] = []
    var skipped = 0
    for path in files {
      guard let text = FileText.read(path) else {
        print("FAIL \(path)\ncannot read \(path)")
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
      reports.append(report)
      if bless, !report.passed, let file = report.file {
        let blessed = TranscriptBless.bless(file, with: report)
        if blessed != text {
          guard FileText.write(blessed, to: path) else {
            throw ValidationError("cannot write \(path)")
          }
          print("blessed \(path)")
        }
      }
    }
    print(TranscriptReportRenderer.render(reports), terminator: "")
    if skipped > 0 { print("\(skipped) skipped: they run on the simulation only") }
    if !bless && reports.contains(where: { !$0.passed }) { throw ExitCode(1) }
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
    return TranscriptRunner { header in SessionTranscriptHost(header: header) }.run(file)
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
      SessionTranscriptHost(header: header, realEngine: client, assumeYes: yes)
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

extension FileText {
  /// Writes atomically (temporary file, then rename), so an interrupted bless never leaves a
  /// half-written transcript.
  static func write(_ text: String, to path: String) -> Bool {
    let temporary = path + ".swarmlab-tmp"
    guard let f = fopen(temporary, "wb") else { return false }
    let bytes = Array(text.utf8)
    let written = fwrite(bytes, 1, bytes.count, f)
    fclose(f)
    guard written == bytes.count else { return false }
    return rename(temporary, path) == 0
  }
}
