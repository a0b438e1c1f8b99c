import Compose
import GoTemplate
import Lessons
import Session
import ShellSyntax
import Stack
import Transcript

/// One thing the fuzzer feeds bytes to: a parser or a whole front end, chosen by name so one
/// binary (one instrumented build) serves every target.
enum FuzzTarget: String, CaseIterable {
  case shell, docker, template, transcript, lesson, progress, compose

  /// Runs one input; anything but a normal return (a trap, a sanitizer report, a hang past
  /// libFuzzer's `-timeout`) is a bug.
  func run(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    switch self {
    case .shell: Self.shell(text)
    case .docker: Self.docker(text)
    case .template: Self.template(text)
    case .transcript: Self.transcript(text)
    case .lesson: _ = try? LessonParser.parse(text, file: "fuzz.md")
    case .progress: Self.progress(bytes)
    case .compose: Self.compose(text)
    }
  }

  /// Compose files (split at `---8<---` lines into up to three), read as `stack deploy` reads
  /// them (load, interpolation, schema, merge, conversion to service specs) and merged as
  /// `docker-compose config` does.
  private static func compose(_ text: String) {
    let files = text.components(separatedBy: "\n---8<---\n").prefix(3).enumerated().map {
      ComposeLoader.Source(name: "./fuzz\($0.offset).yml", text: $0.element)
    }
    let environment = ["HOME": "/root", "TAG": "1.0", "EMPTY": ""]
    if let loaded = try? ComposeLoader(environment: environment).load(Array(files)) {
      _ = StackConverter.plan(
        loaded.project, namespace: StackNamespace("fuzz"), objectIDs: { _, _ in nil })
    }
    _ = try? ComposeV1Config(environment: environment).merge(
      Array(files), workingDirectory: "/diamol")
  }

  /// What the shell does with typed lines: each line goes to the `ContinuationScanner` (as
  /// `SessionEngine` and `ScriptRunner` feed it) until it says the command is complete, then
  /// the command is parsed; completion reads the text before the cursor. The scanner must
  /// agree with the parser on every prefix (its contract): a disagreement traps, so the
  /// fuzzer reports it like a crash.
  private static func shell(_ text: String) {
    _ = ShellParser.completionContext(text)
    var scanner = ContinuationScanner()
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let more = scanner.needsMore(after: String(line))
      let outcome = ShellParser.parse(scanner.text)
      switch outcome {
      case .incomplete:
        precondition(more, "scanner ran \(scanner.text.debugDescription), which is unfinished")
      case .complete:
        precondition(!more, "scanner waits after \(scanner.text.debugDescription), complete")
      case .failure:
        // Errors inside backticks and `${…}` show once the command is complete. Looked for in
        // the bytes, as the shell reads them: a backtick followed by a combining mark is one
        // Character with it, and `String.contains` would miss it.
        let bytes = Array(scanner.text.utf8)
        let deferred =
          bytes.contains(UInt8(ascii: "`"))
          || zip(bytes, bytes.dropFirst()).contains {
            $0 == UInt8(ascii: "$") && $1 == UInt8(ascii: "{")
          }
        precondition(!more || deferred, "scanner waits after \(scanner.text.debugDescription)")
      }
      if !more { scanner = ContinuationScanner() }
    }
  }

  /// Each line run against one fresh simulated swarm, as a learner would type them.
  private static func docker(_ text: String) {
    let session = Session()
    for line in text.split(separator: "\n").prefix(16) {
      _ = session.run(String(line))
    }
  }

  /// The first line is the template; it runs against a value with every kind docker passes.
  private static func template(_ text: String) {
    let data = TemplateValue.object(
      type: "fuzz",
      fields: [
        TemplateField("Name", .string("web")), TemplateField("Count", .int(3)),
        TemplateField("Ratio", .double(1.5)), TemplateField("On", .bool(true)),
        TemplateField("Labels", .map([TemplateField("a", .string("b"))])),
        TemplateField("List", .array([.int(1), .string("x"), .null])),
        TemplateField("When", .time(unixNanos: 1_605_906_870_000_000_000)),
        TemplateField("Took", .duration(nanos: 90_000_000_000)),
      ])
    guard let template = try? Template(text) else { return }
    _ = template.executePartially(data)
  }

  /// Parses the text as a transcript and runs it against a host that prints each command line
  /// back, so the matcher, the diff and bless all see the expected blocks.
  private static func transcript(_ text: String) {
    for format in [TranscriptFormat.plain, .markdown] {
      guard let file = try? TranscriptFile(text: text, name: "fuzz", format: format) else {
        continue
      }
      let report = TranscriptRunner(makeHost: { _ in EchoHost() }).run(file)
      _ = TranscriptBless.bless(file, with: report)
    }
  }

  /// Decodes the bytes as a saved progress file and, when they pass, resumes the bundled
  /// chapter 12 lesson from them.
  private static func progress(_ bytes: [UInt8]) {
    guard let lesson = FuzzLessons.chapter12 else { return }
    guard case .progress(let saved) = ProgressStore.decode(bytes, for: lesson.id) else { return }
    _ = LessonEngine(lesson: lesson, resuming: saved)
  }
}

/// A transcript host whose output is the command line itself.
struct EchoHost: TranscriptHost {
  mutating func run(_ commandLine: String) -> HostResult {
    HostResult(output: commandLine + "\n", exitCode: commandLine.hasPrefix("!") ? 1 : 0)
  }
}

/// The bundled lesson, parsed once.
enum FuzzLessons {
  nonisolated(unsafe) static let chapter12: Lesson? = try? LessonLibrary.bundled().first
}
