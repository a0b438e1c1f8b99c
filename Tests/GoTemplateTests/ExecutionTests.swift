import GoTemplate
import Testing

/// Data shaped like a docker value: a struct with nested struct, map, slice and scalars.
let sample: TemplateValue = .object(
  type: "swarm.Service",
  fields: [
    TemplateField("ID", .string("kzhbfoybgotp")),
    TemplateField("Name", .string("web")),
    TemplateField("Replicas", .uint(3)),
    TemplateField("Ports", .array([.string("80"), .string("443")])),
    TemplateField(
      "Labels", .map([TemplateField("b", .string("2")), TemplateField("a", .string("1"))])),
    TemplateField(
      "Version", .object(type: "swarm.Version", fields: [TemplateField("Index", .uint(9))])),
    TemplateField("CreatedAt", .time(unixNanos: 1_605_906_870_123_456_789)),
    TemplateField("Delay", .duration(nanos: 90_000_000_000)),
    TemplateField("Empty", .string("")),
    TemplateField("Nothing", .null),
    TemplateField("Ratio", .double(0.5)),
  ])

@Suite struct ExecutionTests {
  @Test(arguments: [
    ("{{.Name}}", "web"),
    ("{{.ID}} {{.Name}}", "kzhbfoybgotp web"),
    ("{{.Version.Index}}", "9"),
    ("{{.Version}}", "{9}"),
    ("{{.Ports}}", "[80 443]"),
    ("{{.Labels}}", "map[a:1 b:2]"),
    ("{{.Labels.a}}|{{.Labels.zz}}", "1|<no value>"),
    ("{{.CreatedAt}}", "2020-11-20 21:14:30.123456789 +0000 UTC"),
    ("{{.Delay}}", "1m30s"),
    ("{{.Nothing}}", "<nil>"),
    ("{{.Ratio}}", "0.5"),
    (
      "{{.}}",
      "{kzhbfoybgotp web 3 [80 443] map[a:1 b:2] {9} 2020-11-20 21:14:30.123456789 +0000 UTC 1m30s  <nil> 0.5 []}"
    ),
    ("{{if .Empty}}yes{{else}}no{{end}}", "no"),
    ("{{if .Empty}}a{{else if .Name}}b{{else}}c{{end}}", "b"),
    ("{{with .Version}}{{.Index}}{{end}}", "9"),
    ("{{with .Empty}}x{{else}}none{{end}}", "none"),
    ("{{range .Ports}}<{{.}}>{{end}}", "<80><443>"),
    ("{{range $i, $p := .Ports}}{{$i}}={{$p}} {{end}}", "0=80 1=443 "),
    ("{{range $k, $v := .Labels}}{{$k}}:{{$v}};{{end}}", "a:1;b:2;"),
    ("{{range .Empty2}}x{{else}}empty{{end}}", "empty"),
    ("{{range .Ports}}{{if eq . \"443\"}}{{break}}{{end}}{{.}}{{end}}", "80"),
    ("{{range .Ports}}{{if eq . \"80\"}}{{continue}}{{end}}{{.}}{{end}}", "443"),
    ("{{$x := .Name}}{{$x}}{{$x = \"y\"}}{{$x}}", "weby"),
    ("{{.Name | printf \"%s!\"}}", "web!"),
    ("{{printf \"%s-%d\" .Name 3 | len}}", "5"),
    ("{{len .Ports}} {{index .Ports 1}} {{index .Labels \"b\"}}", "2 443 2"),
    ("{{(index .Ports 0)}}", "80"),
    ("{{slice .Name 1 2}}", "e"),
    ("{{not .Empty}} {{and 1 0}} {{or 0 \"x\"}} {{and 1 2}}", "true 0 x 2"),
    (
      "{{eq .Name \"a\" \"web\"}} {{ne 1 2}} {{lt 1 2}} {{le 2 2}} {{gt \"b\" \"a\"}} {{ge 1 2}}",
      "true true true true true false"
    ),
    ("{{eq .Replicas 3}}", "true"),
    ("{{print 1 2 \"a\" \"b\" 3}}", "1 2ab3"),
    ("{{println 1 \"a\"}}", "1 a\n"),
    ("{{html \"<a href='x'>&\"}}", "&lt;a href=&#39;x&#39;&gt;&amp;"),
    ("{{js \"a'b<\"}}", "a\\'b\\u003C"),
    ("{{urlquery \"a b&c\"}}", "a+b%26c"),
    ("a {{- \" b \" -}} c", "a b c"),
    ("a  {{- /* comment */ -}}  b", "ab"),
    ("{{`raw\\n`}}", "raw\\n"),
    ("{{'a'}} {{0x1F}} {{1e3}} {{3.0}} {{-2}}", "97 31 1000 3 -2"),
    ("{{define \"t\"}}[{{.}}]{{end}}{{template \"t\" .Name}}", "[web]"),
    ("{{block \"b\" .Name}}<{{.}}>{{end}}", "<web>"),
    (
      "{{$}}",
      "{kzhbfoybgotp web 3 [80 443] map[a:1 b:2] {9} 2020-11-20 21:14:30.123456789 +0000 UTC 1m30s  <nil> 0.5 []}"
    ),
    ("{{with $v := .Version}}{{$v.Index}}{{end}}", "9"),
    ("{{.Labels.a | len}}", "1"),
  ])
  func executes(_ text: String, _ expected: String) throws {
    let data: TemplateValue
    if case .object(let type, var fields) = sample {
      fields.append(TemplateField("Empty2", .array([])))
      data = .object(type: type, fields: fields)
    } else {
      data = sample
    }
    #expect(try Template(text).execute(data) == expected)
  }

  @Test(arguments: [
    ("%v|%s|%d", "web|web|%!d(string=web)"),
    ("%5d|%-5d|%05d|%x|%X|%o|%b|%+d", "    3|3    |00003|3|3|3|11|+3"),
    ("%q %t %v", "\"web\" %!t(string=web) web"),
    ("%%|%c|%U", "%|A|U+0041"),
    ("%-10s|%10s|", "web       |       web|"),
    ("%05.2f|%.3f|%e|%g|%8.3f", "01.50|1.500|1.500000e+00|1.5|   1.500"),
    ("%s %s", "web %!s(MISSING)"),
    ("%d", "%!d(string=web)"),
    ("%z", "%!z(string=web)"),
    ("%", "%!(NOVERB)"),
  ])
  func printf(_ format: String, _ expected: String) throws {
    let args: String
    switch format {
    case "%5d|%-5d|%05d|%x|%X|%o|%b|%+d": args = "3 3 3 3 3 3 3 3"
    case "%%|%c|%U": args = "65 65"
    case "%05.2f|%.3f|%e|%g|%8.3f": args = "1.5 1.5 1.5 1.5 1.5"
    case "%-10s|%10s|": args = ".Name .Name"
    case "%": args = ""
    case "%v|%s|%d", "%q %t %v": args = ".Name .Name .Name"
    default: args = ".Name"
    }
    let text = "{{printf \"\(format)\" \(args)}}"
    #expect(try Template(text).execute(sample) == expected)
  }

  @Test func printfExtraAndFloats() throws {
    #expect(try Template("{{printf \"%d\" 1 \"x\"}}").execute(.null) == "1%!(EXTRA string=x)")
    #expect(
      try Template("{{1000000.0}} {{123456.0}} {{0.0001}} {{0.00001}}").execute(.null)
        == "1e+06 123456 0.0001 1e-05")
    #expect(
      try Template("{{printf \"%v %s\" .Delay .CreatedAt}}").execute(sample)
        == "1m30s 2020-11-20 21:14:30.123456789 +0000 UTC")
    #expect(
      try Template("{{printf \"%v|%d\" .Ports .Ports}}").execute(sample)
        == "[80 443]|[%!d(string=80) %!d(string=443)]")
  }
}
