#if !FUZZING
  import Foundation

  /// Without the fuzzer (an ordinary build): `swarmlab-fuzz TARGET FILE…` runs saved inputs,
  /// for replaying a crash or a corpus under the debugger.
  @main
  enum ReplayMain {
    static func main() {
      let args = CommandLine.arguments.dropFirst()
      guard let name = args.first, let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
        FileHandle.standardError.write(Data("usage: swarmlab-fuzz \(names) FILE...\n".utf8))
        exit(2)
      }
      for path in args.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("swarmlab-fuzz: cannot read \(path)\n".utf8))
          exit(1)
        }
        target.run(Array(data))
        print("ok \(path)")
      }
    }
  }
#endif
