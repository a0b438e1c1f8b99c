import DockerFormat
import GoTemplate
import Testing

/// Cases mirror `docker node inspect` / `docker service inspect` on docker 20.10.24.
@Suite struct InspectRendererTests {
  static let service: TemplateValue = .object(
    type: "swarm.Service",
    fields: [
      TemplateField("ID", .string("kzhbfoybgotp")),
      TemplateField(
        "Spec",
        .object(
          type: "swarm.ServiceSpec",
          fields: [TemplateField("Name", .string("tpl-web")), TemplateField("Labels", .map([]))])),
    ])

  @Test func indentedJSON() {
    let out = InspectRenderer.render([.value(Self.service)], format: nil)
    #expect(
      out.stdout == """
        [
            {
                "ID": "kzhbfoybgotp",
                "Spec": {
                    "Name": "tpl-web",
                    "Labels": {}
                }
            }
        ]

        """)
    #expect(out.error == nil)
  }

  @Test func missingElements() {
    let out = InspectRenderer.render([.failure("Error: no such service: nosuch")], format: nil)
    #expect(out.stdout == "[]\n")
    #expect(out.error == "Status: Error: no such service: nosuch, Code: 1")
    #expect(out.exitCode == 1)
    let two = InspectRenderer.render(
      [
        .value(Self.service), .failure("Error: No such node: a"),
        .failure("Error: No such node: b"),
      ],
      format: "{{.ID}}")
    #expect(two.stdout == "kzhbfoybgotp\n")
    #expect(two.error == "Status: Error: No such node: a\nError: No such node: b, Code: 1")
  }

  @Test func templateErrors() {
    let exec = InspectRenderer.render([.value(Self.service)], format: "{{.Spec.Name}} {{.Foo}}")
    #expect(exec.stdout == "\n")
    #expect(
      exec.error
        == "Status: template parsing error: template: :1:17: executing \"\" at <.Foo>: can't evaluate field Foo in type swarm.Service, Code: 1"
    )
    let parse = InspectRenderer.render([.value(Self.service)], format: "{{.Spec.Name}")
    #expect(parse.stdout == "")
    #expect(
      parse.error
        == "Status: template parsing error: template: :1: bad character U+007D '}', Code: 64")
  }

  @Test func templatePerElement() {
    let out = InspectRenderer.render(
      [.value(Self.service), .value(Self.service)], format: "{{.Spec.Name}}")
    #expect(out.stdout == "tpl-web\ntpl-web\n")
  }
}
