#if FUZZING
  #if canImport(Glibc)
    import Glibc
  #endif

  /// The target named by `SWARMLAB_FUZZ_TARGET`, read once.
  nonisolated(unsafe) let selectedTarget: FuzzTarget = {
    let name = getenv("SWARMLAB_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
      let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
      fputs("swarmlab-fuzz: set SWARMLAB_FUZZ_TARGET to one of: \(names)\n", stderr)
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
#endif
