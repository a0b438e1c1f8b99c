// SwarmLab benchmarks: one command (`script/bench`), figures printed for the issue notes.
// Goals: start-to-exit of `swarmlab -c 'docker version'` < 20 ms (release); the chapter 12
// sections 12.2-12.3 replay < 20 ms; 10,000 replicas created, converged, listed < 1 s and
// < 200 MB.
import Session
import SwarmCore

#if canImport(Glibc)
  import Glibc
#endif

func nowNanos() -> Int64 {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
}

func ms(_ nanos: Int64) -> String {
  let v = Double(nanos) / 1e6
  return String(Int(v)) + "." + String(Int((v - Double(Int(v))) * 10)) + " ms"
}

func peakRSSMegabytes() -> Int {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Int(usage.ru_maxrss) / 1024
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

let chapter12 = [
  "docker swarm init", "docker swarm join-token worker", "docker swarm join-token manager",
  "docker node ls", "docker service create --name timecheck --replicas 1 diamol/ch12-timecheck:1.0",
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

let binary = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : ".build/release/swarmlab"

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

/// A default rolling update (parallelism 1, stop-first) of `replicas` timecheck replicas from
/// 1.0 to 2.0, run on the cluster directly until `update completed`; gives up after
/// `budget` seconds of CPU, as the quadratic updater would take hours at 10,000.
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
    try ControlAPI.updateService(id, &cluster) {
      $0.template = template("diamol/ch12-timecheck:2.0")
    }
    var done = false
    while !done && Double(nowNanos() - t0) / 1e9 < budget {
      done = cluster.advance(
        until: { $0.state.services[id]?.updateStatus?.state == .completed }, limit: .seconds(60))
    }
    let wall = nowNanos() - t0
    let simulated = (cluster.now - simStart).seconds
    let slots = cluster.state.tasks.values.count {
      $0.serviceID == id && $0.template.image.hasSuffix(":2.0") && $0.status.state == .running
    }
    return done
      ? "\(replicas) replicas: completed in \(ms(wall)) (\(simulated) s simulated)"
      : "\(replicas) replicas: gave up after \(ms(wall)), \(slots) slots updated in \(simulated) s simulated"
  } catch {
    return "\(replicas) replicas: \(error)"
  }
}

for replicas in [1_000, 10_000] {
  print("rolling update \(rollingUpdate(replicas: replicas, budget: 30)) (goal < 2 s at 10,000)")
}
