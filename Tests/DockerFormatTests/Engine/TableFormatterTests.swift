import DockerFormat
import GoTemplate
import Testing

/// Cases mirror `docker service ls --format ...` on docker 20.10.24.
@Suite struct TableFormatterTests {
  static let header: [TemplateField] = [
    TemplateField("ID", .string("ID")), TemplateField("Name", .string("NAME")),
    TemplateField("Mode", .string("MODE")), TemplateField("Replicas", .string("REPLICAS")),
    TemplateField("Image", .string("IMAGE")), TemplateField("Ports", .string("PORTS")),
  ]
  static let row: TemplateValue = .object(
    type: "*service.serviceContext",
    fields: [
      TemplateField("ID", .string("kzhbfoybgotp")), TemplateField("Name", .string("tpl-web")),
      TemplateField("Mode", .string("replicated")), TemplateField("Replicas", .string("1/1")),
      TemplateField("Image", .string("diamol/ch09-access-log:latest")),
      TemplateField("Ports", .string("*:8099->80/tcp")),
    ])

  func render(_ format: String, _ rows: [TemplateValue]) throws(FormatError) -> String {
    try TableFormatter(format: format, header: Self.header).render(rows)
  }

  @Test func tableWithColumns() throws {
    #expect(
      try render(#"table {{.Name}}\t{{.Mode}}"#, [Self.row])
        == "NAME      MODE\ntpl-web   replicated\n")
  }

  @Test func tableHeaderOnlyWhenNoRows() throws {
    #expect(try render(#"table {{.Name}}\t{{.Mode}}"#, []) == "NAME      MODE\n")
    #expect(
      try render(
        #"table {{.Foo}}\t{{.Name}}|{{lower .Name}}|{{pad .Name 1 2}}|{{json .Name}}"#, [])
        == "<no value>   NAME|NAME| NAME  |NAME\n")
  }

  @Test func customFormatIsTrimmedAndUnescapedButNotAligned() throws {
    #expect(try render(#"  {{.Name}}\n{{.Mode}}\t| "#, [Self.row]) == "tpl-web\nreplicated\t|\n")
    #expect(try render("{{.Name}}", []) == "")
  }

  @Test func jsonIsNotAKeywordIn2010() throws {
    #expect(try render("json", [Self.row]) == "json\n")
  }

  @Test func jsonOfAContextSortsKeysAndEscapesHTML() throws {
    #expect(
      try render("{{json .}}", [Self.row])
        == #"{"ID":"kzhbfoybgotp","Image":"diamol/ch09-access-log:latest","Mode":"replicated","Name":"tpl-web","Ports":"*:8099-\u003e80/tcp","Replicas":"1/1"}"#
        + "\n")
  }

  @Test(arguments: [
    (
      "{{.Foo}}",
      "template parsing error: template: :1:2: executing \"\" at <.Foo>: can't evaluate field Foo in type *service.serviceContext\n"
    ),
    (
      "table {{.Foo}}",
      "template parsing error: template: :1:2: executing \"\" at <.Foo>: can't evaluate field Foo in type *service.serviceContext\n"
    ),
    (
      "{{.Name}} {{.Foo}}",
      "template parsing error: template: :1:12: executing \"\" at <.Foo>: can't evaluate field Foo in type *service.serviceContext\n"
    ),
    ("{{.Name}", "template parsing error: template: :1: bad character U+007D '}'"),
    ("table {{.Name}", "template parsing error: template: :1: bad character U+007D '}'"),
    ("{{foo}}", "template parsing error: template: :1: function \"foo\" not defined"),
  ])
  func errors(_ format: String, _ message: String) {
    #expect(throws: FormatError.self) { try render(format, [Self.row]) }
    do {
      _ = try render(format, [Self.row])
    } catch {
      #expect(error.message == message)
      #expect(error.exitCode == 1)
    }
  }
}

/// docker's `preFormat` unescapes `\t` and `\n` (two characters each) and nothing else.
@Suite struct TemplateTextTests {
  @Test func unescapesTabsAndNewlinesOnly() {
    let cases: [(String, String)] = [
      (#"table {{.ID}}\t{{.Name}}"#, "{{.ID}}\t{{.Name}}"),
      (#"{{.ID}}\n"#, "{{.ID}}\n"),
      (#"a\\tb"#, "a\\\tb"),
      (#"a\\nb"#, "a\\\nb"),
      (#"a\xb\"#, #"a\xb\"#),
      (#"  table  x\t "#, "table  x\t"),
      (#"\\\"#, #"\\\"#),
      ("tab\there", "tab\there"),
      ("table", ""),
    ]
    for (format, text) in cases {
      #expect(TableFormatter(format: format, header: []).templateText == text, "\(format)")
    }
  }
}
