/// `tr SET1 SET2`, `tr -d SET1`, `tr -s SET`: ranges (`a-z`), classes (`[:upper:]`) and the
/// escapes `\n` `\t` `\\`.
enum Translate {
  static func run(_ input: ToolInput) -> ToolOutput {
    var delete = false
    var squeeze = false
    var scanner = OptionScanner(input.arguments)
    let refused = scanner.scan { letter, _ in
      switch letter {
      case "d": delete = true
      case "s": squeeze = true
      default: return false
      }
      return true
    }
    if let refused { return TextTools.notSimulated("tr", refused.flag) }
    let operands = scanner.operands
    guard let first = operands.first, operands.count <= 2,
      delete || squeeze || operands.count == 2
    else { return .failure(usage) }
    let set1 = expand(first)
    let set2 = operands.count > 1 ? expand(operands[1]) : []
    var output = ""
    var last: Character? = nil
    let squeezeSet = Set(delete || set2.isEmpty ? set1 : set2)
    for character in input.stdin {
      var mapped: Character? = character
      if delete {
        if set1.contains(character) { mapped = nil }
      } else if !set2.isEmpty, let index = set1.lastIndex(of: character) {
        mapped = set2[Swift.min(index, set2.count - 1)]
      }
      guard let mapped else { continue }
      if squeeze, mapped == last, squeezeSet.contains(mapped) { continue }
      output.append(mapped)
      last = mapped
    }
    return ToolOutput(stdout: output)
  }

  static func expand(_ set: String) -> [Character] {
    var characters: [Character] = []
    let classes: [String: [Character]] = [
      "[:upper:]": Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
      "[:lower:]": Array("abcdefghijklmnopqrstuvwxyz"),
      "[:digit:]": Array("0123456789"),
      "[:space:]": [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"],
      "[:blank:]": [" ", "\t"],
    ]
    var rest = Substring(set)
    while let c = rest.first {
      if let (name, members) = classes.first(where: { rest.hasPrefix($0.key) }) {
        characters += members
        rest = rest.dropFirst(name.count)
        continue
      }
      var character = c
      rest = rest.dropFirst()
      if c == "\\", let next = rest.first {
        character = next == "n" ? "\n" : next == "t" ? "\t" : next
        rest = rest.dropFirst()
      }
      if rest.first == "-", let high = rest.dropFirst().first,
        let lowValue = character.unicodeScalars.first?.value,
        let highValue = high.unicodeScalars.first?.value, lowValue <= highValue
      {
        for value in lowValue...highValue {
          if let scalar = Unicode.Scalar(value) { characters.append(Character(scalar)) }
        }
        rest = rest.dropFirst(2)
      } else {
        characters.append(character)
      }
    }
    return characters
  }

  static let usage = "Usage: tr [-cds] STRING1 [STRING2]"
}
