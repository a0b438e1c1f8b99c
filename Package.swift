// swift-tools-version: 6.0
import PackageDescription

/// SwarmLab: a tutorial shell over an in-process, deterministic Docker Swarm simulation.
///
/// Dependency arrows point downward; only LineEditor, RealEngine, EngineServer, SwarmLabApp and
/// the executables touch the terminal, files, sockets or the real clock. The shape is docker's:
/// CLI → Engine API → dockerd → swarmkit. One line per library target, naming every target and
/// product it depends on (script/check-layering holds this list to the manifest below):
///   GoDurations                  (Go's time.Duration text)
///   DistributionReference        (docker's distribution/reference: image names)
///   Transcript                   (transcript format, matching, diff)
///   GoTemplate → GoDurations     (Go's text/template with docker's functions)
///   ShellSyntax → GoDurations    (the prompt's shell grammar)
///   ShellTools → OrderedCollections  (the workspace and busybox-like text tools)
///   SwarmCore → GoDurations, DistributionReference, OrderedCollections, HeapModule  (swarmkit)
///   EngineAPI → GoDurations, OrderedCollections  (Engine API v1.41 types, EngineClient protocol)
///   Engine → EngineAPI, SwarmCore, GoDurations, ShellSyntax, ShellTools, DistributionReference
///            (the simulated dockerd: resolution, filters, daemon errors)
///   DockerFormat → EngineAPI, GoTemplate, GoDurations, DistributionReference  (renders API types)
///   DockerCLI → EngineAPI, DockerFormat, GoDurations  (docker/cli: one command registry, flags
///            → requests → typed output; knows nothing of SwarmCore, so a real engine can sit
///            behind EngineClient)
///   Compose → GoDurations, Yams, OrderedCollections  (compose files)
///   Exercises → Yams  (the book's exercise files)
///   Stack → Compose, EngineAPI, GoDurations  (compose project → a stack deploy's requests)
///   Session → SwarmCore, Engine, EngineAPI, DockerCLI, DockerFormat, ShellSyntax, ShellTools,
///            Transcript, GoDurations, Compose, Stack, Exercises  (the shell; owns the Engine)
///   Lessons → Session, EngineAPI, GoDurations, DistributionReference, Yams  (checks read the
///            swarm through EngineClient, so they run on a real engine too)
///   RealEngine → EngineAPI, GoDurations, NIOCore, NIOPosix, NIOHTTP1  (I/O: an
///            EngineClient over HTTP to a real dockerd)
///   EngineServer → Engine, EngineAPI, SwarmCore, GoDurations, DockerCLI, DockerFormat,
///            GoTemplate, NIOCore, NIOPosix, NIOHTTP1, NIOConcurrencyHelpers  (I/O: `swarmlab serve`, the Engine API over HTTP)
///   CLibEdit → CEditLine;  LineEditor → CLibEdit  (I/O: the terminal)
///   SwarmLabApp → Session, RealEngine, EngineServer, Engine, EngineAPI, SwarmCore, Transcript,
///            Lessons, LineEditor, ShellTools, ShellSyntax, ArgumentParser, NIOConcurrencyHelpers
///            (I/O: the executable's logic)
let package = Package(
  name: "SwarmLab",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "swarmlab", targets: ["swarmlab"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.100.0"),
  ],
  targets: [
    .target(
      name: "SwarmCore",
      dependencies: [
        "GoDurations", "DistributionReference",
        .product(name: "OrderedCollections", package: "swift-collections"),
        .product(name: "HeapModule", package: "swift-collections"),
      ],
      // The catalog's data file is compiled in as Swift (script/generate-image-catalog).
      exclude: ["Resources/image-catalog.json"]),
    .target(name: "GoDurations"),
    // docker's distribution/reference: image names as the CLI, the daemon and swarmkit read them.
    .target(name: "DistributionReference"),
    .target(
      name: "EngineAPI",
      dependencies: [
        "GoDurations", .product(name: "OrderedCollections", package: "swift-collections"),
      ]),
    .target(
      name: "Engine",
      dependencies: [
        "EngineAPI", "SwarmCore", "GoDurations", "ShellSyntax", "ShellTools",
        "DistributionReference",
      ]),
    .target(
      name: "RealEngine",
      dependencies: [
        "EngineAPI", "GoDurations",
        // Plain HTTP/1.1 over a unix socket or TCP, as dockerd serves it: SwiftNIO alone (no
        // HTTP client library with TLS and HTTP/2, whose thousands of conformance records
        // every process would scan at start-up; see script/bench instructions).
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ]),
    .target(name: "GoTemplate", dependencies: ["GoDurations"]),
    .target(name: "ShellSyntax", dependencies: ["GoDurations"]),
    .target(
      name: "ShellTools",
      dependencies: [.product(name: "OrderedCollections", package: "swift-collections")]),
    .target(name: "DockerCLI", dependencies: ["EngineAPI", "DockerFormat", "GoDurations"]),
    .target(
      name: "DockerFormat",
      dependencies: ["EngineAPI", "GoTemplate", "GoDurations", "DistributionReference"]),
    .target(name: "Transcript"),
    .target(
      name: "EngineServer",
      dependencies: [
        "Engine", "EngineAPI", "SwarmCore", "GoDurations", "DockerCLI", "DockerFormat",
        "GoTemplate",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ]),
    .target(
      name: "Compose",
      dependencies: [
        "GoDurations", .product(name: "Yams", package: "Yams"),
        .product(name: "OrderedCollections", package: "swift-collections"),
      ]),
    .target(
      name: "Exercises", dependencies: [.product(name: "Yams", package: "Yams")],
      // The book's exercise files, compiled in (see the file's header).
      resources: [.embedInCode("Resources/exercises.yml")]),
    .target(name: "Stack", dependencies: ["Compose", "EngineAPI", "GoDurations"]),
    .target(
      name: "Session",
      dependencies: [
        "SwarmCore", "Engine", "EngineAPI", "DockerCLI", "DockerFormat", "ShellSyntax",
        "ShellTools", "Transcript", "GoDurations", "Compose", "Stack", "Exercises",
      ]),
    .target(
      name: "Lessons",
      dependencies: [
        "Session", "EngineAPI", "GoDurations", "DistributionReference",
        .product(name: "Yams", package: "Yams"),
      ],
      // The bundled lessons (links to lessons/) are compiled in, so one binary carries them.
      resources: [
        .embedInCode("Resources/ch12.md"), .embedInCode("Resources/ch13.md"),
        .embedInCode("Resources/ch14.md"),
      ]),
    .systemLibrary(
      name: "CEditLine", pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]),
    .target(name: "CLibEdit", dependencies: ["CEditLine"]),
    .target(name: "LineEditor", dependencies: ["CLibEdit"]),
    .target(
      name: "SwarmLabApp",
      dependencies: [
        "Session", "RealEngine", "EngineServer", "EngineAPI", "SwarmCore", "Transcript",
        "Lessons", "LineEditor", "ShellTools", "ShellSyntax", "Engine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
      ]),
    .executableTarget(name: "swarmlab", dependencies: ["SwarmLabApp"]),
    .executableTarget(
      name: "swarmlab-bench", dependencies: ["Session", "SwarmCore", "Lessons", "ShellSyntax"]),
    // libFuzzer targets (script/fuzz builds this with -sanitize=fuzzer,address -DFUZZING);
    // an ordinary build replays saved inputs: `swarmlab-fuzz TARGET FILE…`.
    .executableTarget(
      name: "swarmlab-fuzz",
      dependencies: [
        "ShellSyntax", "Session", "GoTemplate", "Transcript", "Lessons", "Compose", "Stack",
      ]),

    .testTarget(name: "SwarmCoreTests", dependencies: ["SwarmCore"]),
    .testTarget(name: "EngineTests", dependencies: ["Engine", "EngineAPI", "SwarmCore"]),
    .testTarget(
      name: "RealEngineTests", dependencies: ["RealEngine", "EngineAPI", "GoDurations"],
      exclude: ["Fixtures"]),
    .testTarget(name: "GoTemplateTests", dependencies: ["GoTemplate"]),
    .testTarget(name: "ShellSyntaxTests", dependencies: ["ShellSyntax", "GoDurations"]),
    .testTarget(
      name: "ShellToolsTests", dependencies: ["ShellTools"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "DockerCLITests", dependencies: ["DockerCLI", "EngineAPI"], exclude: ["Fixtures"]),
    .testTarget(
      name: "DockerFormatTests", dependencies: ["DockerFormat", "Engine", "EngineAPI", "SwarmCore"]),
    .testTarget(name: "TranscriptTests", dependencies: ["Transcript"]),
    .testTarget(
      name: "EngineServerTests",
      dependencies: [
        "EngineServer", "EngineAPI", .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
      ]),
    .testTarget(
      name: "ComposeTests",
      dependencies: ["Compose", "Exercises", "Stack", "Engine", "EngineAPI", "SwarmCore"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "StackTests",
      dependencies: [
        "Stack", "Compose", "EngineAPI", "Engine", "SwarmCore", "Exercises", "GoDurations",
      ]),
    .testTarget(
      name: "SessionTests",
      dependencies: ["Session", "Transcript", "DockerCLI", "Engine", "EngineAPI", "SwarmCore"]),
    .testTarget(name: "LessonsTests", dependencies: ["Lessons", "Engine", "SwarmCore"]),
    .testTarget(
      name: "LineEditorTests",
      dependencies: [
        "LineEditor", "SwarmLabApp", "Transcript",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
  ]
)

let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]
for target in package.targets where target.type != .system {
  if target.name == "CLibEdit" { continue }
  target.swiftSettings = (target.swiftSettings ?? []) + swiftSettings
}
