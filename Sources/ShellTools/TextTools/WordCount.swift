/// `wc`: lines, words and bytes, in busybox's columns.
enum WordCount {
  static func run(_ input: ToolInput) -> ToolOutput {
    var lines = false
    var words = false
    var bytes = false
    var scanner = OptionScanner(input.arguments)
    let refused = scanner.scan { letter, _ in
      switch letter {
      case "l": lines = true
      case "w": words = true
      case "c": bytes = true
      default: return false
      }
      return true
    }
    if let refused { return TextTools.notSimulated("wc", refused.flag) }
    if !lines && !words && !bytes { (lines, words, bytes) = (true, true, true) }
    let columns = [lines, words, bytes].filter { $0 }.count
    let operands = scanner.operands
    // busybox: one number for one input is printed bare; otherwise in 9-wide columns.
    let padded = columns > 1 || operands.count > 1
    var output = ToolOutput()
    var totals = [0, 0, 0]
    func row(_ counts: [Int], _ name: String?) -> String {
      var fields: [String] = []
      for (index, wanted) in [lines, words, bytes].enumerated() where wanted {
        let number = String(counts[index])
        fields.append(
          padded ? String(repeating: " ", count: max(0, 9 - number.count)) + number : number)
      }
      return fields.joined(separator: " ") + (name.map { " " + $0 } ?? "") + "\n"
    }
    for source in input.sources(operands) {
      guard case .success(let text) = source.text else {
        if case .failure(let error) = source.text {
          output.stderr += "wc: \(source.name): \(error.message)\n"
        }
        output.status = 1
        continue
      }
      let counts = [
        text.utf8.filter { $0 == 10 }.count,
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).count,
        text.utf8.count,
      ]
      for index in 0..<3 { totals[index] += counts[index] }
      output.stdout += row(counts, source.name == "-" && operands.isEmpty ? nil : source.name)
    }
    if operands.count > 1 { output.stdout += row(totals, "total") }
    return output
  }
}
