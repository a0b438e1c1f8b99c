// SwarmLab benchmarks: one command (`script/bench`), figures printed for the issue notes.
//
// `swarmlab-bench` alone runs the quick cases (start-up, chapter 12 replay, 10,000 replicas);
// `swarmlab-bench CASE [N...]` runs one case in this process, so its peak memory is its own
// (`script/bench` runs every case that way). Every case drives a Session through the commands
// a learner types, and uses only API that main also has, so the same file measures both.
// Goals (issue 12): see `script/bench`.
import Lessons
import Session
import ShellSyntax
import SwarmCore

#if canImport(Glibc)
  import Glibc
#endif

func nowNanos() -> Int64 {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
}

/// CPU seconds (user + system) this process has used, in nanoseconds.
func cpuNanos() -> Int64 {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  let user = Int64(usage.ru_utime.tv_sec) * 1_000_000_000 + Int64(usage.ru_utime.tv_usec) * 1000
  let sys = Int64(usage.ru_stime.tv_sec) * 1_000_000_000 + Int64(usage.ru_stime.tv_usec) * 1000
  return user + sys
}

func ms(_ nanos: Int64) -> String {
  let v = Double(nanos) / 1e6
  return String(Int(v)) + "." + String(Int((v - Double(Int(v))) * 10)) + " ms"
}

func peakRSSMegabytes() -> Int { peakRSSKilobytes() / 1024 }

func peakRSSKilobytes() -> Int {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Int(usage.ru_maxrss)
}

/// Wall and CPU time of `body`.
func measure(_ body: () -> Void) -> (wall: Int64, cpu: Int64) {
  let w0 = nowNanos()
  let c0 = cpuNanos()
  body()
  return (nowNanos() - w0, cpuNanos() - c0)
}

func fail(_ message: String) -> Never {
  print("unexpected: \(message)")
  exit(1)
}

/// Runs a line, failing the benchmark when it fails (a benchmark of an error is no benchmark).
@discardableResult
func must(_ session: Session, _ line: String) -> String {
  let output = session.run(line)
  if output.exitCode != 0 { fail("\(line): \(output.text.prefix(400))") }
  return output.text
}

/// A swarm of `nodes` machines (one manager, the rest workers) built with the commands a
/// learner would type: `machine create` with every name, then `swarm init` and one
/// `swarm join` per machine.
func swarm(nodes: Int, byHand: Bool = false) -> Session {
  let session = Session()
  // A template builds the same swarm (one manager, workers, shell on node1) at once where
  // the build has templates that large.
  if !byHand && session.run("machine create --template 1m\(nodes - 1)w").exitCode == 0 {
    return session
  }
  let names = (1...nodes).map { "node\($0)" }
  must(session, "machine create " + names.joined(separator: " "))
  must(session, "machine use node1")
  must(session, "docker swarm init")
  let token = must(session, "docker swarm join-token -q worker").split(separator: "\n")[0]
  let address = session.state.machine(named: "node1")!.address
  for name in names.dropFirst() {
    must(session, "machine use \(name)")
    must(session, "docker swarm join --token \(token) \(address):2377")
  }
  must(session, "machine use node1")
  return session
}

func report(_ name: String, _ t: (wall: Int64, cpu: Int64), goal: String, extra: String = "") {
  print(
    "\(name): wall \(ms(t.wall)), cpu \(ms(t.cpu)); peak RSS \(peakRSSMegabytes()) MB (\(peakRSSKilobytes()) KB)\(extra) (goal \(goal))"
  )
}

let image = "diamol/ch12-timecheck:1.0"
/// Sections 12.2-12.3 of the book, as a learner types them.
let chapter12 = [
  "docker swarm init", "docker swarm join-token worker", "docker swarm join-token manager",
  "docker node ls",
  "docker service create --name timecheck --replicas 1 diamol/ch12-timecheck:1.0",
  "docker service ls", "sleep 4m", "docker service ps timecheck", "docker container ls",
  "docker container rm -f $(docker container ls --last 1 -q)", "sleep 6",
  "docker service ps timecheck",
  "docker container ls", "docker service logs --since 10s timecheck",
  "docker service inspect timecheck -f '{{.Spec.TaskTemplate.ContainerSpec.Image}}'",
  "docker service update --image diamol/ch12-timecheck:2.0 timecheck",
  "docker service ps timecheck",
  "docker service logs --since 20s timecheck", "docker service update --rollback timecheck",
  "docker service ps timecheck", "docker service logs --since 25s timecheck",
]
let args = Array(CommandLine.arguments.dropFirst())
let numbers = args.dropFirst().compactMap { Int($0) }
func arg(_ index: Int, _ fallback: Int) -> Int { index < numbers.count ? numbers[index] : fallback }

switch args.first {
case "create":
  // N nodes × R replicas: `service create` (which waits for convergence, as docker does).
  let nodes = arg(0, 1000)
  let replicas = arg(1, 100_000)
  let session = swarm(nodes: nodes)
  var out = ""
  let t = measure {
    out = must(session, "docker service create --name big --replicas \(replicas) \(image)")
  }
  let ls = must(session, "docker service ls")
  guard ls.contains("\(replicas)/\(replicas)") else { fail(ls + out.suffix(300)) }
  report("create \(nodes) nodes x \(replicas) replicas", t, goal: "1000 x 100000: < 2 s, < 1 GB")
case "update":
  // A rolling update with the default policy (parallelism 1, delay 0, monitor 5 s).
  let replicas = arg(0, 10_000)
  let nodes = arg(1, 5)
  let session = swarm(nodes: nodes)
  must(session, "docker service create --detach --name big --replicas \(replicas) \(image)")
  must(session, "sleep 10")
  let t = measure {
    must(session, "docker service update --image diamol/ch12-timecheck:2.0 big")
  }
  let ls = must(session, "docker service ls")
  guard ls.contains("\(replicas)/\(replicas)"), ls.contains("2.0") else { fail(ls) }
  report("rolling update \(replicas) replicas on \(nodes) nodes", t, goal: "10000: < 2 s")
case "rollout":
  let replicas = arg(0, 10_000)
  print(
    "rolling update to completion, \(rollingUpdate(replicas: replicas, budget: 15)) (goal 10000: < 2 s)"
  )
case "scale0":
  let replicas = arg(0, 20_000)
  let nodes = arg(1, 5)
  let session = swarm(nodes: nodes)
  must(session, "docker service create --detach --name big --replicas \(replicas) \(image)")
  must(session, "sleep 10")
  let t = measure { must(session, "docker service scale big=0") }
  let ls = must(session, "docker service ls")
  guard ls.contains("0/0") else { fail(ls) }
  report("service scale big=0 from \(replicas) replicas", t, goal: "20000: < 0.2 s")
case "publish":
  let replicas = arg(0, 10_000)
  let nodes = arg(1, 5)
  let session = swarm(nodes: nodes)
  let t = measure {
    must(
      session, "docker service create --name web --publish 8080:80 --replicas \(replicas) \(image)")
  }
  report("service create --publish 8080:80, \(replicas) replicas", t, goal: "10000: < 1 s")
case "machines":
  // Machines created and joined, by the same commands a learner types.
  let nodes = arg(0, 1000)
  var session: Session?
  let t = measure { session = swarm(nodes: nodes, byHand: true) }
  let count = must(session!, "docker node ls -q").split(separator: "\n").count
  guard count == nodes else { fail("\(count) nodes") }
  report("\(nodes) machines created and joined", t, goal: "1000: < 0.5 s")
case "template":
  let managers = arg(0, 3)
  let workers = arg(1, 997)
  let session = Session()
  let t = measure { must(session, "machine create --template \(managers)m\(workers)w") }
  let count = must(session, "docker node ls -q").split(separator: "\n").count
  guard count == managers + workers else { fail("\(count) nodes") }
  report("machine create --template \(managers)m\(workers)w", t, goal: "< 0.5 s")
case "ps":
  let replicas = arg(0, 100_000)
  let nodes = arg(1, 5)
  let session = swarm(nodes: nodes)
  must(session, "docker service create --detach --name big --replicas \(replicas) \(image)")
  must(session, "sleep 10")
  // The swarm's own peak, so the listing's share of the peak shows.
  let swarmPeak = peakRSSMegabytes()
  var text = ""
  let t = measure { text = must(session, "docker service ps big") }
  // Counted in bytes: splitting 100,000 lines as Characters costs more than the listing.
  let rows = text.utf8.count { $0 == UInt8(ascii: "\n") } - 1
  guard rows == replicas else { fail("\(rows) rows") }
  report(
    "service ps of \(replicas) tasks", t, goal: "100000: < 0.5 s",
    extra: " (\(swarmPeak) MB before the listing)")
case "lesson":
  // Issue 11: commands typed in one lesson step, each followed by the step's checks (which
  // once re-read every command of the step, so N commands cost O(N²)).
  let count = arg(0, 2_500)
  guard let lesson = try? LessonLibrary.bundled().first(where: { $0.id == "ch12" }) else {
    fail("no bundled ch12 lesson")
  }
  let engine = LessonEngine(lesson: lesson)
  _ = engine.run("docker swarm init")
  guard engine.currentStep?.id == "join-tokens" else { fail("not at join-tokens") }
  let t = measure {
    for _ in 0..<count { _ = engine.run("docker node ls") }
  }
  _ = engine.run("docker swarm join-token worker")
  _ = engine.run("docker swarm join-token manager")
  guard engine.currentStep?.id == "node-ls" else { fail("join-tokens not completed") }
  report("lesson: \(count) commands in one step", t, goal: "linear in commands")
case "continuation":
  // Issue 11: one command typed over N lines (an unclosed `$(` until the last), read by the
  // binary from a file as `swarmlab run` reads it. Each line is scanned once, so the time
  // grows linearly with N (it once re-parsed the whole text for every line: O(N²)).
  let lines = arg(0, 10_000)
  let binary = args.count > 2 ? args[2] : ".build/release/swarmlab"
  let script = "/tmp/swarmlab-bench-continuation-\(getpid()).txt"
  let output = script + ".out"
  let text = "echo $(\n" + String(repeating: "echo x\n", count: lines - 2) + ") | wc -w\n"
  guard let file = fopen(script, "w") else { fail("cannot write \(script)") }
  fputs(text, file)
  fclose(file)
  let (wall, cpu) = runProcess([binary, "run", script], stdout: output)
  var printed = ""
  if let result = fopen(output, "r") {
    var buffer = [CChar](repeating: 0, count: 64)
    if fgets(&buffer, 64, result) != nil { printed = String(cString: buffer) }
    fclose(result)
  }
  unlink(script)
  unlink(output)
  guard printed == "\(lines - 2)\n" else { fail("printed \(printed.prefix(200))") }
  report(
    "one command over \(lines) continuation lines (swarmlab run)", (wall, cpu),
    goal: "linear in lines")
case "continuation-parse":
  // The same reading in this process, both ways, in one run: every line re-parsing the whole
  // text so far (how the shell read continuation lines before) and the continuation scanner.
  let lines = arg(0, 10_000)
  let all = ["echo $("] + Array(repeating: "echo x", count: lines - 2) + [") | wc -w"]
  var reparsed = 0
  let before = measure {
    var text = ""
    for (n, line) in all.enumerated() {
      text = n == 0 ? line : text + "\n" + line
      if case .incomplete = ShellParser.parse(text) { reparsed += 1 }
    }
  }
  var scanner = ContinuationScanner()
  var unfinished = 0
  let after = measure {
    for line in all where scanner.needsMore(after: line) { unfinished += 1 }
  }
  guard reparsed == lines - 1, unfinished == lines - 1,
    case .complete = ShellParser.parse(scanner.text)
  else { fail("\(reparsed) / \(unfinished) unfinished lines") }
  report("\(lines) continuation lines, re-parsing each time (before)", before, goal: "-")
  report("\(lines) continuation lines, continuation scanner (after)", after, goal: "linear")
case nil, "quick":
  quickCases()
case "commands":
  // The chapter 12 replay as a file for `swarmlab run` (script/bench instructions).
  print(chapter12.joined(separator: "\n"))
default:
  print(
    "usage: swarmlab-bench [quick [BINARY] | create [NODES REPLICAS] | update [REPLICAS NODES] | rollout [REPLICAS] | scale0 [REPLICAS NODES] | publish [REPLICAS NODES] | machines [N] | template [M W] | ps [REPLICAS NODES] | lesson [COMMANDS] | continuation [LINES [BINARY]] | continuation-parse [LINES] | commands]"
  )
  exit(2)
}

/// Time from spawning the binary to its exit, best and median of `runs`.
func processStart(binary: String, runs: Int) -> (best: Int64, median: Int64) {
  var times: [Int64] = []
  for _ in 0..<runs {
    var pid: pid_t = 0
    let args = [binary, "-c", "docker version"]
    var cargs = args.map { strdup($0) } + [nil]
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let start = nowNanos()
    guard posix_spawn(&pid, binary, &actions, nil, &cargs, environ) == 0 else {
      print("cannot spawn \(binary)")
      exit(1)
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    times.append(nowNanos() - start)
    cargs.forEach { free($0) }
    posix_spawn_file_actions_destroy(&actions)
  }
  times.sort()
  return (times[0], times[times.count / 2])
}

/// Wall time and the child's CPU time of running `arguments`, its stdout to `stdout`.
func runProcess(_ arguments: [String], stdout: String) -> (wall: Int64, cpu: Int64) {
  var pid: pid_t = 0
  var cargs = arguments.map { strdup($0) } + [nil]
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  let start = nowNanos()
  guard posix_spawn(&pid, arguments[0], &actions, nil, &cargs, environ) == 0 else {
    fail("cannot spawn \(arguments[0])")
  }
  var status: Int32 = 0
  var usage = rusage()
  wait4(pid, &status, 0, &usage)
  let wall = nowNanos() - start
  cargs.forEach { free($0) }
  posix_spawn_file_actions_destroy(&actions)
  let cpu =
    (Int64(usage.ru_utime.tv_sec) + Int64(usage.ru_stime.tv_sec)) * 1_000_000_000
    + (Int64(usage.ru_utime.tv_usec) + Int64(usage.ru_stime.tv_usec)) * 1000
  return (wall, cpu)
}

/// The original three figures: start-up, the chapter 12 replay, 10,000 replicas on one node.
func quickCases() {
  let binary = args.count > 1 ? args[1] : ".build/release/swarmlab"
  let start = processStart(binary: binary, runs: 30)
  print(
    "start-to-exit  swarmlab -c 'docker version': best \(ms(start.best)), median \(ms(start.median)) (goal < 20 ms)"
  )

  var replayTimes: [Int64] = []
  for _ in 0..<20 {
    let t0 = nowNanos()
    let session = Session()
    for line in chapter12 { _ = session.run(line).text }
    replayTimes.append(nowNanos() - t0)
  }
  replayTimes.sort()
  print(
    "replay         chapter 12 sections 12.2-12.3 (\(chapter12.count) commands): best \(ms(replayTimes[0])), median \(ms(replayTimes[replayTimes.count / 2])) (goal < 20 ms)"
  )

  let t0 = nowNanos()
  let session = Session()
  _ = session.run("docker swarm init")
  let create = session.run(
    "docker service create --name big --replicas 10000 diamol/ch12-timecheck:1.0")
  let t1 = nowNanos()
  let ls = session.run("docker service ls").text
  let t2 = nowNanos()
  let ps = session.run("docker service ps big").text
  let t3 = nowNanos()
  let running = ps.split(separator: "\n").count { $0.contains("Running") }
  print(
    "10k replicas   create+converge \(ms(t1 - t0)), service ls \(ms(t2 - t1)), service ps \(ms(t3 - t2)), total \(ms(t3 - t0)); \(running) running rows; peak RSS \(peakRSSMegabytes()) MB (goal < 1 s, < 200 MB)"
  )
  if create.exitCode != 0 || !ls.contains("10000/10000") {
    print("unexpected: \(create.text.prefix(300)) \(ls)")
    exit(1)
  }
}

/// A default rolling update (parallelism 1, stop-first) of `replicas` timecheck replicas from
/// 1.0 to 2.0, run on the cluster directly until `update completed` (the CLI's progress
/// display gives up after 120 simulated seconds); gives up after `budget` seconds of wall time.
func rollingUpdate(replicas: Int, budget: Double) -> String {
  var cluster = Cluster()
  do {
    try ControlAPI.initSwarm(&cluster)
    let catalog = cluster.catalog
    func template(_ image: String) -> TaskTemplate {
      TaskTemplate(
        image: image, resolvedImage: ControlAPI.resolveImage(image, catalog: catalog) ?? image)
    }
    var spec = ServiceSpec(name: "big", template: template("diamol/ch12-timecheck:1.0"))
    spec.mode = .replicated(replicas: replicas)
    let id = try ControlAPI.createService(spec, &cluster).id
    cluster.advance(by: .seconds(5))
    let simStart = cluster.now
    let t0 = nowNanos()
    let c0 = cpuNanos()
    try ControlAPI.updateService(id, &cluster) {
      $0.template = template("diamol/ch12-timecheck:2.0")
    }
    var done = false
    while !done && Double(nowNanos() - t0) / 1e9 < budget {
      done = cluster.advance(
        until: { $0.state.services[id]?.updateStatus?.state == .completed }, limit: .seconds(60))
    }
    let wall = nowNanos() - t0
    let cpu = cpuNanos() - c0
    let simulated = (cluster.now - simStart).seconds
    let slots = cluster.state.tasks.values.count {
      $0.serviceID == id && $0.template.image.hasSuffix(":2.0") && $0.status.state == .running
    }
    return done
      ? "\(replicas) replicas: completed in \(ms(wall)), cpu \(ms(cpu)) (\(simulated) s simulated)"
      : "\(replicas) replicas: gave up after \(ms(wall)), \(slots) slots updated in \(simulated) s simulated"
  } catch {
    return "\(replicas) replicas: \(error)"
  }
}
