import SwarmCore
import Testing

@testable import Session

/// The session's shell layer: built-ins, variables, substitution, connectors and errors.
@Suite struct ShellBehaviourTests {
  @Test func sleepAdvancesSimulatedTimeWithoutWaiting() {
    let session = Session()
    let start = session.cluster.now
    #expect(session.run("sleep 4m").exitCode == 0)
    #expect(session.cluster.now - start == .seconds(240))
    #expect(session.run("sleep 10s; sleep 10").exitCode == 0)
    #expect(session.cluster.now - start == .seconds(260))
    let bad = session.run("sleep soon")
    #expect(bad.exitCode == 1)
    #expect(bad.text == "sleep: invalid time interval 'soon'\n")
  }

  @Test func variablesAndSubstitutionExpand() {
    let session = Session()
    #expect(session.run("export NAME=timecheck").exitCode == 0)
    #expect(session.run("echo $NAME \"${NAME}s\" '$NAME'").text == "timecheck timechecks $NAME\n")
    #expect(session.run("echo $(echo a b) x").text == "a b x\n")
    #expect(session.run("false; echo $?").text == "1\n")
  }

  @Test func connectorsRunAsAShellDoes() {
    let session = Session()
    #expect(session.run("false && echo no || echo yes").text == "yes\n")
    #expect(session.run("true && echo one; echo two").text == "one\ntwo\n")
  }

  @Test func unknownCommandsSaySoPlainlyWithExit127() {
    let session = Session()
    let out = session.run("vim stack.yml")
    #expect(out.exitCode == 127)
    #expect(out.text.hasPrefix("swarmlab: vim: command not simulated"))
    let flag = session.run("ls -l")
    #expect(flag.exitCode == 127)
    #expect(flag.text == "swarmlab: ls -l: option not simulated (type 'help' for what is)\n")
  }

  @Test func syntaxErrorsAreReportedNotCrashed() {
    let session = Session()
    let open = session.run("echo 'unclosed")
    #expect(open.exitCode == 2)
    #expect(open.text.contains("not closed"))
    let background = session.run("docker service ls &")
    #expect(background.exitCode == 2)
    #expect(background.text.contains("background jobs"))
    #expect(Session.needsContinuation("echo \"a"))
    #expect(Session.needsContinuation("docker rm $(docker ps -q"))
    #expect(!Session.needsContinuation("docker ps"))
  }

  @Test func exitAsksTheShellToLeave() {
    let out = Session().run("exit 3")
    #expect(out.exitRequested && out.exitCode == 3)
  }

  @Test func commandsAreRecordedForLessons() {
    let session = Session()
    _ = session.run("echo hi; sleep 1")
    #expect(session.records.map(\.argv) == [["echo", "hi"], ["sleep", "1"]])
  }
}

/// `docker inspect` finds any object by name or ID, in docker's order.
@Suite struct GenericInspectTests {
  @Test func inspectFindsEachKindAndReportsTheMissing() {
    let session = Session()
    _ = session.run("docker swarm init")
    _ = session.run("docker service create -d --name web diamol/ch12-timecheck:1.0")
    _ = session.run("sleep 2")
    let out = session.run("docker inspect web docker-desktop -f '{{.ID}}'")
    #expect(out.exitCode == 0)
    #expect(out.text.split(separator: "\n").count == 2)
    let missing = session.run("docker inspect nosuch")
    #expect(missing.exitCode == 1)
    // A real 20.10 engine: `docker inspect` prints its lookup errors without `Status:`.
    #expect(missing.text == "[]\nError: No such object: nosuch\n")
  }
}
