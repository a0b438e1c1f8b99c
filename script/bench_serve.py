"""Load for script/bench-serve: see that script. Standard library only."""
import http.client
import json
import socket
import statistics
import subprocess
import sys
import threading
import time

SOCK, PID, DOCKER = sys.argv[1], int(sys.argv[2]), sys.argv[3]
CLIENTS, REQUESTS = 20, 200


class UnixConnection(http.client.HTTPConnection):
    def __init__(self, path):
        super().__init__("docker")
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(self.path)


def request(conn, method, path, body=None):
    payload = json.dumps(body).encode() if body is not None else None
    headers = {"Content-Type": "application/json"} if payload else {}
    conn.request(method, path, body=payload, headers=headers)
    response = conn.getresponse()
    data = response.read()
    return response.status, data


def percentiles(samples):
    samples = sorted(samples)
    pick = lambda q: samples[min(len(samples) - 1, int(q * len(samples)))]
    return "p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms" % (
        pick(0.50) * 1e3, pick(0.90) * 1e3, pick(0.99) * 1e3, samples[-1] * 1e3)


def peak_memory():
    with open("/proc/%d/status" % PID) as status:
        for line in status:
            if line.startswith("VmHWM"):
                return line.split(":")[1].strip()
    return "?"


setup = UnixConnection(SOCK)
request(setup, "POST", "/v1.41/swarm/init", {"ListenAddr": "0.0.0.0:2377"})
for name in ["bench-web", "bench-api"] + ["bench-scale-%d" % n for n in range(CLIENTS)]:
    status, _ = request(setup, "POST", "/v1.41/services/create", {
        "Name": name, "TaskTemplate": {"ContainerSpec": {"Image": "diamol/ch12-timecheck:1.0"}},
        "Mode": {"Replicated": {"Replicas": 3 if name in ("bench-web", "bench-api") else 1}}})
    assert status == 201, status
time.sleep(2)

env = {"DOCKER_HOST": "unix://" + SOCK, "PATH": "/usr/bin:/bin", "HOME": "/tmp"}
cli = []
for _ in range(30):
    start = time.perf_counter()
    subprocess.run([DOCKER, "service", "ls"], env=env, check=True, capture_output=True)
    cli.append(time.perf_counter() - start)
print("docker service ls through the socket (30 runs, whole CLI process):")
print("  " + percentiles(cli))
# What of that is the CLI starting up (no request at all), and what the server's answer.
alone = []
for _ in range(30):
    start = time.perf_counter()
    subprocess.run([DOCKER, "--version"], env=env, check=True, capture_output=True)
    alone.append(time.perf_counter() - start)
print("  for comparison, docker --version (no request): " + percentiles(alone))
raw, conn = [], UnixConnection(SOCK)
for _ in range(200):
    start = time.perf_counter()
    status, _ = request(conn, "GET", "/v1.41/services?status=true")
    assert status == 200, status
    raw.append(time.perf_counter() - start)
print("  GET /v1.41/services?status=true alone (200 on one connection): " + percentiles(raw))

# Every HTTP request's latency, by kind: a write operation is two requests (inspect then
# update, as `docker service scale` does; or create then remove), each timed and checked.
latencies = {"read": [], "write": []}
errors, lock = [], threading.Lock()


def client(number):
    conn = UnixConnection(SOCK)
    mine = {"read": [], "write": []}
    failures = []
    reads = ["/v1.41/services?status=true", "/v1.41/tasks", "/v1.41/nodes",
             "/v1.41/containers/json?all=1", "/_ping", "/v1.41/services/bench-web"]

    def timed(kind, method, path, body=None):
        start = time.perf_counter()
        status, data = request(conn, method, path, body)
        mine[kind].append(time.perf_counter() - start)
        return status, data

    for i in range(REQUESTS):
        if i % 5 == 4:
            # Writes: scale a shared service (with its current version) or create and
            # remove a service of this client's own.
            if i % 10 == 4:
                # Scale this client's own service, as `docker service scale` does: inspect
                # for the version, then update. (Twenty clients scaling one shared service
                # mostly race each other into dockerd's "update out of sequence"; a class of
                # learners each has a service of their own.)
                own = "/v1.41/services/bench-scale-%d" % number
                status, data = timed("read", "GET", own)
                if status != 200:
                    failures.append((i, "inspect", status))
                    continue
                service = json.loads(data)
                spec = service["Spec"]
                spec["Mode"]["Replicated"]["Replicas"] = 1 + (i // 10) % 4
                status, data = timed(
                    "write", "POST", own + "/update?version=%d" % service["Version"]["Index"],
                    spec)
                if status != 200:
                    failures.append((i, "update", status, data[:120]))
            else:
                name = "bench-%d-%d" % (number, i)
                status, data = timed("write", "POST", "/v1.41/services/create", {
                    "Name": name,
                    "TaskTemplate": {"ContainerSpec": {"Image": "diamol/ch12-timecheck:1.0"}}})
                if status != 201:
                    failures.append((i, "create", status, data[:120]))
                    continue
                status, data = timed("write", "DELETE", "/v1.41/services/" + name)
                if status != 200:
                    failures.append((i, "remove", status, data[:120]))
        else:
            status, data = timed("read", "GET", reads[i % len(reads)])
            if status != 200:
                failures.append((i, reads[i % len(reads)], status, data[:120]))
    with lock:
        for kind in mine:
            latencies[kind].extend(mine[kind])
        errors.extend(failures)


threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
start = time.perf_counter()
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
elapsed = time.perf_counter() - start
total = len(latencies["read"]) + len(latencies["write"])
print("%d clients x %d operations (4 reads : 1 write; a write is 2 requests): %d HTTP requests"
      " in %.2f s, %.0f requests/s:" % (CLIENTS, REQUESTS, total, elapsed, total / elapsed))
print("  all    " + percentiles(latencies["read"] + latencies["write"]))
print("  reads  " + percentiles(latencies["read"]) + "  (%d)" % len(latencies["read"]))
print("  writes " + percentiles(latencies["write"]) + "  (%d)" % len(latencies["write"]))
print("  errors: %d" % len(errors) + ("" if not errors else " " + repr(errors[:5])))
print("server peak memory (VmHWM): " + peak_memory())
sys.exit(1 if errors else 0)
