public import GoTemplate

/// docker/cli's `formatter.Context.Write` for list commands: `table` formats get a header row
/// and tabwriter alignment, other formats print one executed template per row.
public struct TableFormatter: Sendable {
  /// The `--format` value after defaulting (the caller substitutes the command's default
  /// table format, or `{{.ID}}` for `--quiet`, when the flag is absent).
  public var format: String
  /// The column titles, as the command's `FullHeader()` map (field name → title).
  public var header: [TemplateField]

  public init(format: String, header: [TemplateField]) {
    self.format = format
    self.header = header
  }

  /// Whether the format starts with `table` (docker's `Format.IsTable`).
  public var isTable: Bool { format.hasPrefix("table") }

  /// docker's `preFormat`: strip `table`, trim spaces, unescape `\t` and `\n`.
  public var templateText: String {
    var text = Substring(format)
    if isTable { text = text.dropFirst(5) }
    while text.first == " " { text.removeFirst() }
    while text.last == " " { text.removeLast() }
    // One pass over the bytes: `replacing` loads the string-processing library's machinery,
    // about 1.5 M instructions the first time in a process.
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var escaped = false
    for byte in text.utf8 {
      if escaped {
        escaped = false
        switch byte {
        case UInt8(ascii: "t"): out.append(UInt8(ascii: "\t"))
        case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
        case UInt8(ascii: "\\"):
          out.append(byte)
          escaped = true
          continue
        default: out += [UInt8(ascii: "\\"), byte]
        }
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else {
        out.append(byte)
      }
    }
    if escaped { out.append(UInt8(ascii: "\\")) }
    return String(decoding: out, as: UTF8.self)
  }

  /// Renders the rows (docker formatter contexts such as `*service.serviceContext`).
  public func render(_ rows: [TemplateValue]) throws(FormatError) -> String {
    let template: Template
    do {
      template = try Template(templateText, functions: Template.dockerFunctions)
    } catch {
      throw FormatError(error)
    }
    var body = ""
    for row in rows {
      do {
        body += try template.execute(row) + "\n"
      } catch {
        throw FormatError(error)
      }
    }
    guard isTable else { return body }
    // docker ignores header execution errors and keeps the partial header.
    let headerText: String
    do {
      let headerTemplate = try Template(templateText, functions: Template.dockerHeaderFunctions)
      headerText = headerTemplate.executePartially(.map(header)).output
    } catch {
      headerText = ""
    }
    return TabWriter().format(headerText + "\n" + body)
  }
}
