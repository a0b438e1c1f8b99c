import GoTemplate
import Testing

/// A `swarm.Node` shaped like the real one behind `docker node inspect self`.
let node: TemplateValue = .object(
  type: "swarm.Node",
  fields: [
    TemplateField("ID", .string("87tbkcxe6lcidsviqv13bimaw")),
    TemplateField(
      "Version", .object(type: "swarm.Version", fields: [TemplateField("Index", .uint(9))])),
    TemplateField("CreatedAt", .time(unixNanos: 1795545811917340632)),
    TemplateField(
      "Spec",
      .object(
        type: "swarm.NodeSpec",
        fields: [
          TemplateField("Labels", .map([])), TemplateField("Role", .string("manager")),
          TemplateField("Availability", .string("active")),
        ])),
    TemplateField(
      "Description",
      .object(
        type: "swarm.NodeDescription",
        fields: [
          TemplateField(
            "Engine",
            .object(
              type: "swarm.EngineDescription",
              fields: [
                TemplateField(
                  "Plugins",
                  .array(
                    (0..<17).map { i in
                      .object(
                        type: "swarm.PluginDescription",
                        fields: [
                          TemplateField("Type", .string("Log")),
                          TemplateField("Name", .string("p\(i)")),
                        ])
                    }))
              ]))
        ])),
  ])

/// Expected strings below were captured from the real docker 20.10.24 CLI
/// (`docker node inspect self -f TEMPLATE`), whose Go text/template produced them.
@Suite struct DockerParityTests {
  @Test(arguments: [
    ("{{foo}}", "template: :1: function \"foo\" not defined"),
    ("{{.ID", "template: :1: unclosed action"),
    ("{{.ID}", "template: :1: bad character U+007D '}'"),
    ("{{if .ID}}x", "template: :1: unexpected EOF"),
    ("{{end}}", "template: :1: unexpected {{end}}"),
    ("{{else}}", "template: :1: unexpected {{else}}"),
    ("{{.ID | 3}}", "template: :1: non executable command in pipeline stage 2"),
    ("{{$x}}", "template: :1: undefined variable \"$x\""),
    ("{{ 3 } }}", "template: :1: unexpected \"}\" in operand"),
    ("{{break}}", "template: :1: {{break}} outside {{range}}"),
    ("{{range $a, $b, $c := .ID}}{{end}}", "template: :1: too many declarations in range"),
    ("{{(.ID}}", "template: :1: unclosed left paren"),
    ("{{.ID)}}", "template: :1: unexpected \")\" in command"),
    ("{{\"abc}}", "template: :1: unterminated quoted string"),
    ("{{/* x }}", "template: :1: unclosed comment"),
    ("a\n{{foo}}", "template: :2: function \"foo\" not defined"),
  ])
  func parseErrors(_ text: String, _ message: String) {
    #expect(throws: TemplateError(kind: .parse, message: message)) {
      try Template(text, functions: Template.dockerFunctions)
    }
  }

  @Test(arguments: [
    (
      "{{index .Description.Engine.Plugins 17}}",
      "1:2: executing \"\" at <index .Description.Engine.Plugins 17>: error calling index: reflect: slice index out of range"
    ),
    (
      "{{index .Description.Engine.Plugins 20}}",
      "1:2: executing \"\" at <index .Description.Engine.Plugins 20>: error calling index: index out of range: 20"
    ),
    (
      "{{index .Spec.Labels 1}}",
      "1:2: executing \"\" at <index .Spec.Labels 1>: error calling index: value has type int; should be string"
    ),
    ("{{len 3}}", "1:2: executing \"\" at <len 3>: error calling len: len of type int"),
    ("{{join .ID}}", "1:2: executing \"\" at <join>: wrong number of args for join: want 2 got 1"),
    (
      "{{join .ID \",\"}}",
      "1:7: executing \"\" at <.ID>: wrong type for value; expected []string; got string"
    ),
    ("{{lower 3}}", "1:8: executing \"\" at <3>: expected string; found 3"),
    (
      "{{lower .Version.Index}}",
      "1:16: executing \"\" at <.Version.Index>: wrong type for value; expected string; got uint64"
    ),
    ("{{pad .ID 1}}", "1:2: executing \"\" at <pad>: wrong number of args for pad: want 3 got 2"),
    (
      "{{eq .ID 1}}",
      "1:2: executing \"\" at <eq .ID 1>: error calling eq: incompatible types for comparison"
    ),
    (
      "{{lt .Spec .Spec}}",
      "1:2: executing \"\" at <lt .Spec .Spec>: error calling lt: invalid type for comparison"
    ),
    ("{{.ID.Foo}}", "1:5: executing \"\" at <.ID.Foo>: can't evaluate field Foo in type string"),
    ("{{.Foo}}", "1:2: executing \"\" at <.Foo>: can't evaluate field Foo in type swarm.Node"),
    (
      "{{.ID}} {{.Foo}}",
      "1:10: executing \"\" at <.Foo>: can't evaluate field Foo in type swarm.Node"
    ),
    (
      "{{range .ID}}{{end}}",
      "1:8: executing \"\" at <.ID>: range can't iterate over 87tbkcxe6lcidsviqv13bimaw"
    ),
    (
      "{{.ID \"x\"}}",
      "1:2: executing \"\" at <.ID>: ID has arguments but cannot be invoked as function"
    ),
    (
      "{{.Spec.Labels.x \"y\"}}",
      "1:7: executing \"\" at <.Spec.Labels.x>: x is not a method but has arguments"
    ),
    (
      "{{\"x\" | .ID}}",
      "1:8: executing \"\" at <.ID>: ID has arguments but cannot be invoked as function"
    ),
    ("{{nil}}", "1:2: executing \"\" at <nil>: nil is not a command"),
    ("{{printf 3}}", "1:9: executing \"\" at <3>: expected string; found 3"),
    (
      "{{printf}}",
      "1:2: executing \"\" at <printf>: wrong number of args for printf: want at least 1 got 0"
    ),
    (
      "{{index}}",
      "1:2: executing \"\" at <index>: wrong number of args for index: want at least 1 got 0"
    ),
    (
      "{{truncate \"abc\" \"x\"}}", "1:17: executing \"\" at <\"x\">: expected integer; found \"x\""
    ),
    (
      "{{truncate .ID .ID}}",
      "1:15: executing \"\" at <.ID>: wrong type for value; expected int; got string"
    ),
    (
      "{{template \"x\"}}",
      "1:11: executing \"\" at <{{template \"x\"}}>: template \"x\" not defined"
    ),
    (
      "{{.CreatedAt.Foo}}",
      "1:12: executing \"\" at <.CreatedAt.Foo>: can't evaluate field Foo in type time.Time"
    ),
    (
      "{{slice .ID 5 2}}",
      "1:2: executing \"\" at <slice .ID 5 2>: error calling slice: invalid slice index: 5 > 2"
    ),
    ("x\n  {{.Foo}}", "2:4: executing \"\" at <.Foo>: can't evaluate field Foo in type swarm.Node"),
  ])
  func executionErrors(_ text: String, _ suffix: String) throws {
    let template = try Template(text, functions: Template.dockerFunctions)
    #expect(throws: TemplateError(kind: .execution, message: "template: :" + suffix)) {
      try template.execute(node)
    }
  }

  @Test(arguments: [
    ("{{index .ID 1}}", "55"),
    ("{{.Spec.Labels.x.y}}", "<no value>"),
    ("{{.Spec.Labels}}|{{.Version}}|{{index .Description.Engine.Plugins 0}}", "map[]|{9}|{Log p0}"),
    ("{{.CreatedAt}}", "2026-11-24 18:43:31.917340632 +0000 UTC"),
    ("{{printf \"%5d|%-4s|%q|%x\" 3 \"ab\" \"h\\\"i\" \"hi\"}}", "    3|ab  |\"h\\\"i\"|6869"),
    (
      "{{printf \"%05.1f|%6.2e|%g|%v\" 3.14159 1234.5 100000000.0 1e-7}}",
      "003.1|1.23e+03|1e+08|1e-07"
    ),
    (
      "{{json .Spec}}|{{json \"<a&b>\"}}|{{json .CreatedAt}}|{{json 1.5}}|{{json .Version}}",
      "{\"Labels\":{},\"Role\":\"manager\",\"Availability\":\"active\"}|\"<a&b>\"|\"2026-11-24T18:43:31.917340632Z\"|1.5|{\"Index\":9}"
    ),
    (
      "{{split \"a,b\" \",\"}}|{{join (split \"a,b\" \",\") \"-\"}}|{{title \"hello world\"}}|{{upper \"x\"}}|{{pad \"x\" 2 1}}|{{pad \"\" 2 1}}|{{truncate \"abcdef\" 3}}|{{truncate \"ab\" 3}}",
      "[a b]|a-b|Hello World|X|  x ||abc|ab"
    ),
  ])
  func dockerOutputs(_ text: String, _ expected: String) throws {
    #expect(try Template(text, functions: Template.dockerFunctions).execute(node) == expected)
  }

  @Test func headerFunctionsKeepTitlesButPad() throws {
    let template = try Template(
      "{{.Name}}|{{lower .Name}}|{{pad .Name 1 2}}|{{json .Name}}|{{.Foo}}",
      functions: Template.dockerFunctions)
    let header: TemplateValue = .map([TemplateField("Name", .string("NAME"))])
    let headerTemplate = try Template(
      "{{.Name}}|{{lower .Name}}|{{pad .Name 1 2}}|{{json .Name}}|{{.Foo}}",
      functions: Template.dockerHeaderFunctions)
    #expect(try headerTemplate.execute(header) == "NAME|NAME| NAME  |NAME|<no value>")
    #expect(try template.execute(header) == "NAME|name| NAME  |\"NAME\"|<no value>")
  }

  @Test func jsonEncodings() {
    let context: TemplateValue = .object(
      type: "*service.serviceContext",
      fields: [
        TemplateField("Name", .string("web")), TemplateField("Ports", .string("*:80->80/tcp")),
        TemplateField("ID", .string("x")),
      ])
    #expect(
      GoJSON.marshal(context, escapeHTML: false)
        == #"{"ID":"x","Name":"web","Ports":"*:80-\u003e80/tcp"}"#)
    #expect(
      GoJSON.marshal(.array([.null, .double(1e21), .double(1e-7), .duration(nanos: 5)]))
        == "[null,1e+21,1e-7,5]")
    #expect(GoJSON.marshal(.string("a<b\n\u{1}")) == #""a\u003cb\n\u0001""#)
    let indented = GoJSON.marshalIndent(
      .array([
        .object(
          type: "swarm.Node",
          fields: [
            TemplateField("ID", .string("x")),
            TemplateField(
              "Spec", .object(type: "swarm.NodeSpec", fields: [TemplateField("Labels", .map([]))])),
            TemplateField("List", .array([.int(1)])),
          ])
      ]))
    #expect(
      indented == """
        [
            {
                "ID": "x",
                "Spec": {
                    "Labels": {}
                },
                "List": [
                    1
                ]
            }
        ]
        """)
  }
}
