/// `printf FORMAT [ARG…]`: `%s %d %i %x %%`, widths and `-`, the escapes `\n \t \\`; the format
/// is reused while arguments remain, as POSIX says.
enum Printf {
  static func run(_ input: ToolInput) -> ToolOutput {
    guard let format = input.arguments.first else {
      return .failure("Usage: printf FORMAT [ARGUMENT]...")
    }
    var arguments = Array(input.arguments.dropFirst())[...]
    var output = ToolOutput()
    repeat {
      let before = arguments.count
      if let failure = render(Array(format), &arguments, into: &output) { return failure }
      if arguments.count == before { break }
    } while !arguments.isEmpty
    return output
  }

  private static func render(
    _ format: [Character], _ arguments: inout ArraySlice<String>, into output: inout ToolOutput
  ) -> ToolOutput? {
    var index = 0
    while index < format.count {
      let character = format[index]
      index += 1
      if character == "\\", index < format.count {
        let next = format[index]
        index += 1
        switch next {
        case "n": output.stdout += "\n"
        case "t": output.stdout += "\t"
        case "\\": output.stdout += "\\"
        case "\"": output.stdout += "\""
        default: output.stdout += "\\" + String(next)
        }
        continue
      }
      guard character == "%", index < format.count else {
        output.stdout.append(character)
        continue
      }
      var spec = ""
      while index < format.count, "-0123456789".contains(format[index]) {
        spec.append(format[index])
        index += 1
      }
      guard index < format.count else { return .failure("printf: %\(spec): invalid format") }
      let conversion = format[index]
      index += 1
      let leftAlign = spec.hasPrefix("-")
      let width = Int(spec.drop(while: { $0 == "-" })) ?? 0
      var text: String
      switch conversion {
      case "%":
        output.stdout += "%"
        continue
      case "s", "b":
        text = arguments.popFirst() ?? ""
      case "d", "i", "x":
        let argument = arguments.popFirst() ?? ""
        guard let value = argument.isEmpty ? 0 : Int(argument) else {
          output.stderr += "printf: invalid number '\(argument)'\n"
          output.status = 1
          text = "0"
          break
        }
        text = conversion == "x" ? String(value, radix: 16) : String(value)
      default:
        return .failure("swarmlab: printf: %\(conversion) is not simulated", status: 127)
      }
      let padding = String(repeating: " ", count: max(0, width - text.count))
      text = leftAlign ? text + padding : padding + text
      output.stdout += text
    }
    return nil
  }
}
