import ShellSyntax
import Testing

/// Lines and the argv they expand to, in the style of go-shellwords' table.
@Suite struct WordTableTests {
  static let environment = [
    "X": "1", "EMPTY": "", "SPACED": "  a  b\tc\n", "NAME": "web", "HOME": "/root", "UTF": "日本 é",
  ]

  static let cases: [(line: String, argv: [String])] = [
    ("docker node ls", ["docker", "node", "ls"]),
    ("  docker   node\tls  ", ["docker", "node", "ls"]),
    ("a'b c'd", ["ab cd"]),
    ("a\"b\"'c'", ["abc"]),
    ("echo \"\"", ["echo", ""]),
    ("echo ''", ["echo", ""]),
    ("echo '' x", ["echo", "", "x"]),
    ("echo a\"\"b", ["echo", "ab"]),
    ("echo a\\ b", ["echo", "a b"]),
    ("echo \\'a\\'", ["echo", "'a'"]),
    ("echo \\\\", ["echo", "\\"]),
    ("echo \\$X", ["echo", "$X"]),
    ("echo '$X'", ["echo", "$X"]),
    ("echo \"\\$X \\\" \\\\ \\` \\a\"", ["echo", "$X \" \\ ` \\a"]),
    ("echo 'a\\b'", ["echo", "a\\b"]),
    ("echo $X", ["echo", "1"]),
    ("echo ${X}y", ["echo", "1y"]),
    ("echo $Xy", ["echo"]),
    ("echo $X.y", ["echo", "1.y"]),
    ("echo \"$X\"", ["echo", "1"]),
    ("echo $EMPTY", ["echo"]),
    ("echo $UNSET x", ["echo", "x"]),
    ("echo \"$EMPTY\"", ["echo", ""]),
    ("echo ''$EMPTY", ["echo", ""]),
    ("echo $SPACED", ["echo", "a", "b", "c"]),
    ("echo \"$SPACED\"", ["echo", "  a  b\tc\n"]),
    ("echo x$SPACED", ["echo", "x", "a", "b", "c"]),
    ("echo x${SPACED}y", ["echo", "x", "a", "b", "c", "y"]),
    ("echo $NAME-1", ["echo", "web-1"]),
    ("echo $", ["echo", "$"]),
    ("echo $ x", ["echo", "$", "x"]),
    ("echo a$", ["echo", "a$"]),
    ("echo $1", ["echo"]),
    ("echo $?", ["echo", "0"]),
    ("echo \"$?\"", ["echo", "0"]),
    ("echo $(echo hi)", ["echo", "hi"]),
    ("echo \"$(echo a   b)\"", ["echo", "a b"]),
    ("echo $(echo \"a   b\")", ["echo", "a", "b"]),
    ("echo \"$(echo \"a   b\")\"", ["echo", "a   b"]),
    ("echo $(echo $(echo deep))", ["echo", "deep"]),
    ("echo $(echo ')')", ["echo", ")"]),
    ("echo `echo hi`", ["echo", "hi"]),
    ("echo \"`echo a  b`\"", ["echo", "a b"]),
    ("echo `echo \\`echo nested\\``", ["echo", "nested"]),
    ("echo x$(lines)y", ["echo", "xa", "by"]),
    ("echo \"$(lines)\"", ["echo", "a\nb"]),
    ("echo $(true)", ["echo"]),
    ("echo \"$(true)\"", ["echo", ""]),
    ("echo a#b", ["echo", "a#b"]),
    ("echo a #b c", ["echo", "a"]),
    ("echo '#' \"#\" \\#", ["echo", "#", "#", "#"]),
    ("echo {{.ID}}", ["echo", "{{.ID}}"]),
    ("echo *", ["echo", "*"]),
    ("echo é 日本", ["echo", "é", "日本"]),
    ("echo 'é'\"日本\"", ["echo", "é日本"]),
    ("echo $UTF", ["echo", "日本", "é"]),
    ("echo \"$UTF\"", ["echo", "日本 é"]),
    ("echo a\\\nb", ["echo", "ab"]),
    ("echo a \\\n b", ["echo", "a", "b"]),
    ("echo 'a\nb'", ["echo", "a\nb"]),
    ("echo \"a\\\nb\"", ["echo", "ab"]),
    ("X=2 echo $X", ["X=2", "echo", "1"]),
    ("echo ~", ["echo", "~"]),
    // A combining mark after a quote does not hide the quote (bash works on bytes).
    ("echo \"\u{301}x\"", ["echo", "\u{301}x"]),
    ("echo $é", ["echo", "$é"]),
  ]

  @Test(arguments: cases)
  func expandsLikeBash(line: String, argv: [String]) throws {
    let shell = MiniShell(environment: Self.environment)
    #expect(try shell.argv(line) == argv)
  }

  /// The lines the book prints, as the parser sees them.
  static let bookLines: [(line: String, argv: [String])] = [
    (
      "docker service inspect timecheck -f '{{.Spec.TaskTemplate.ContainerSpec.Image}}'",
      [
        "docker", "service", "inspect", "timecheck", "-f",
        "{{.Spec.TaskTemplate.ContainerSpec.Image}}",
      ]
    ),
    (
      "docker container rm -f $(docker container ls --last 1 -q)",
      ["docker", "container", "rm", "-f"]
    ),
    (
      "docker service ps timecheck --format \"{{.Name}} {{.CurrentState}}\"",
      ["docker", "service", "ps", "timecheck", "--format", "{{.Name}} {{.CurrentState}}"]
    ),
    (
      "docker swarm join --token SWMTKN-1-abc 192.168.0.2:2377",
      ["docker", "swarm", "join", "--token", "SWMTKN-1-abc", "192.168.0.2:2377"]
    ),
    (
      "docker network create --driver overlay iotd-net",
      ["docker", "network", "create", "--driver", "overlay", "iotd-net"]
    ),
  ]

  @Test(arguments: bookLines)
  func bookLine(line: String, argv: [String]) throws {
    let shell = MiniShell()
    #expect(try shell.argv(line) == argv)
  }
}
