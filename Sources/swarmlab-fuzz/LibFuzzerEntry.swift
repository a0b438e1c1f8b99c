#if FUZZING
  #if canImport(Glibc)
    import Glibc
  #endif

  /// The target named by `SWARMLAB_FUZZ_TARGET`, read once.
  nonisolated(unsafe) let selectedTarget: FuzzTarget = {
    let name = getenv("SWARMLAB_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
      let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
      let message = "swarmlab-fuzz: set SWARMLAB_FUZZ_TARGET to one of: \(names)\n"
      _ = message.withCString { write(2, $0, strlen($0)) }
      exit(2)
    }
    return target
  }()

  /// libFuzzer's entry point (built with `-sanitize=fuzzer,address -DFUZZING`; see script/fuzz).
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    selectedTarget.run(bytes)
    return 0
  }

  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  /// SwiftPM links an executable's `main` to `<module>_main`; with no `@main` in a fuzzing
  /// build, this one hands the command line to libFuzzer's driver.
  @_cdecl("swarmlab_fuzz_main")
  public func fuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { start, size in fuzzOneInput(start, size) }
  }
#endif
