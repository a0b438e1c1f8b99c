import GoTemplate
import Testing

/// Issue 11: templates whose text asks for unbounded work or stack.
@Suite struct TemplateBoundsTests {
  func render(_ text: String) -> String {
    do {
      return try Template(text).execute(sample)
    } catch {
      return "error: \(error.message)"
    }
  }

  @Test func nestingBeyondTheLimitIsAParseErrorNotAStackOverflow() {
    let ifs = String(repeating: "{{if .}}", count: 5000) + String(repeating: "{{end}}", count: 5000)
    #expect(render(ifs) == "error: template: :1: max expression depth exceeded")
    let parens =
      "{{" + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000) + "}}"
    #expect(render(parens) == "error: template: :1: max expression depth exceeded")
    let elseIfs = "{{if false}}" + String(repeating: "{{else if false}}", count: 5000) + "{{end}}"
    #expect(render(elseIfs) == "error: template: :1: max expression depth exceeded")
    let allowed =
      String(repeating: "{{if .}}", count: 200) + "x" + String(repeating: "{{end}}", count: 200)
    #expect(render(allowed) == "x")
  }

  /// Go's fmt: widths and precisions over 1e6 from `*` are BADWIDTH/BADPREC; a literal one
  /// that long ends the format (NOVERB).
  @Test func printfWidthAndPrecisionAreBoundedAsInGo() {
    #expect(render(#"{{printf "%*d" 999999999 1}}"#) == "%!(BADWIDTH)1")
    #expect(render(#"{{printf "%.*f" 999999999 1.5}}"#) == "%!(BADPREC)1.500000")
    #expect(render(#"{{printf "%.99999999999f" 1.5}}"#) == "%!(NOVERB)%!(EXTRA float64=1.5)")
    #expect(render(#"{{printf "%99999999999d|" 1}}"#) == "%!(NOVERB)%!(EXTRA int=1)")
    #expect(render(#"{{printf "%*d" 5 1}}"#) == "    1")
    #expect(render(#"{{printf "%*d" -3 1}}"#) == "1  ")
    #expect(render(#"{{printf "%.*f" -3 1.5}}"#) == "1.500000")
  }
}
