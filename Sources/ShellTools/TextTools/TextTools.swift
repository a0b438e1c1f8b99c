/// The text tools a learner pipes docker's output into, behaving as busybox 1.35 does for the
/// flags listed in `help`; any other flag is refused plainly rather than ignored.
public enum TextTools {
  /// A tool: arguments, standard input and file access in, output out.
  public typealias Tool = @Sendable (ToolInput) -> ToolOutput

  /// Every tool by name, in the order `help` lists them.
  public static let tools: [(name: String, summary: String, run: Tool)] = [
    ("grep", "grep [-icvwEFnqo] PATTERN [FILE…]", Grep.run),
    ("wc", "wc [-lwc] [FILE…]", WordCount.run),
    ("head", "head [-n N] [FILE…]", HeadTail.head),
    ("tail", "tail [-n [+]N] [FILE…]", HeadTail.tail),
    ("sort", "sort [-rnu] [-k N[,M]] [-t C] [FILE…]", Sort.run),
    ("uniq", "uniq [-c] [FILE]", Uniq.run),
    ("cut", "cut -d C -f LIST | -c LIST [FILE…]", Cut.run),
    ("awk", "awk [-F C] '{print $N, …}' [FILE…]", Awk.run),
    ("tr", "tr [-d] [-s] SET1 [SET2]", Translate.run),
    ("cat", "cat [FILE…]", Cat.run),
    ("printf", "printf FORMAT [ARG…]", Printf.run),
  ]

  public static func lookup(_ name: String) -> Tool? {
    tools.first { $0.name == name }?.run
  }

  /// A flag this simulation does not offer, in the voice of SwarmLab (exit 127 like any
  /// command it does not simulate).
  static func notSimulated(_ tool: String, _ flag: String) -> ToolOutput {
    .failure(
      "swarmlab: \(tool) \(flag): option not simulated (type 'help' for what is)", status: 127)
  }
}

/// Splits `-abc` and `-n5` style arguments the way busybox's getopt32 does.
struct OptionScanner {
  private(set) var operands: [String] = []
  private var arguments: [String]
  private var index = 0
  /// Letters that take a value (`n` for head).
  let valued: Set<Character>

  init(_ arguments: [String], valued: Set<Character> = []) {
    self.arguments = arguments
    self.valued = valued
  }

  /// Calls `handle` for each option letter with its value, in order; stops at `--` or the
  /// first operand (the rest are operands). Returns the letter that `handle` refused, if any.
  mutating func scan(_ handle: (Character, String?) -> Bool) -> (flag: String, missingValue: Bool)?
  {
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "--" { break }
      guard argument.hasPrefix("-"), argument.count > 1 else {
        operands.append(argument)
        continue
      }
      var letters = Substring(argument.dropFirst())
      while let letter = letters.first {
        letters = letters.dropFirst()
        var value: String? = nil
        if valued.contains(letter) {
          if !letters.isEmpty {
            value = String(letters)
            letters = ""
          } else if index < arguments.count {
            value = arguments[index]
            index += 1
          } else {
            return ("-\(letter)", true)
          }
        }
        if !handle(letter, value) { return ("-\(letter)", false) }
      }
    }
    operands += arguments[index...]
    index = arguments.count
    return nil
  }
}
