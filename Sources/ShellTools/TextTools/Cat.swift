/// `cat [FILE…]`: files (or standard input) in order.
enum Cat {
  static func run(_ input: ToolInput) -> ToolOutput {
    var scanner = OptionScanner(input.arguments)
    let refused = scanner.scan { _, _ in false }
    if let refused { return TextTools.notSimulated("cat", refused.flag) }
    var output = ToolOutput()
    for source in input.sources(scanner.operands) {
      switch source.text {
      case .success(let text): output.stdout += text
      case .failure(let error):
        output.stderr += "cat: can't open '\(source.name)': \(error.message)\n"
        output.status = 1
      }
    }
    return output
  }
}
