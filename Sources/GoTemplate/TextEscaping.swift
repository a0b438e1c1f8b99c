/// The escapers behind the `html`, `js` and `urlquery` builtins.
enum TextEscaping {
  /// `template.HTMLEscapeString`.
  static func html(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\0": out += "\u{FFFD}"
      case "\"": out += "&#34;"
      case "'": out += "&#39;"
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// `template.JSEscapeString`.
  static func javascript(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "'": out += "\\'"
      case "\"": out += "\\\""
      case "<": out += "\\u003C"
      case ">": out += "\\u003E"
      case "&": out += "\\u0026"
      case "=": out += "\\u003D"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          out += "\\u" + GoQuote.hex(scalar.value, width: 4).uppercased()
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// `url.QueryEscape`: spaces become `+`, unreserved bytes stay, the rest is `%XX`.
  static func queryEscape(_ s: String) -> String {
    var out = ""
    for byte in s.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
        UInt8(ascii: "."), UInt8(ascii: "~"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      case UInt8(ascii: " "): out += "+"
      default: out += "%" + GoQuote.hex(UInt32(byte), width: 2).uppercased()
      }
    }
    return out
  }
}
