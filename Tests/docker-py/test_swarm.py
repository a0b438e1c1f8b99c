"""docker-py (PyPI `docker`) drives `swarmlab serve` end to end: init a swarm, create a
service, scale it, list nodes and tasks, read logs, remove it.

Run by script/docker-py-test, which starts the server (manual clock) and passes its socket in
SWARMLAB_SOCKET. The clock is advanced through the SwarmLab test aid POST /_swarmlab/clock.
"""
import os
import sys

import docker

SOCKET = os.environ["SWARMLAB_SOCKET"]


def advance(client, duration):
    response = client.api.post(client.api._url("/_swarmlab/clock"), params={"advance": duration})
    response.raise_for_status()


def check(condition, message):
    if not condition:
        print("FAIL:", message)
        sys.exit(1)
    print("ok  ", message)


def main():
    client = docker.DockerClient(base_url="unix://" + SOCKET)
    check(client.ping() is True, "ping")
    check(client.version()["ApiVersion"] == "1.41", "API version 1.41")

    node_id = client.swarm.init(advertise_addr="192.168.65.3")
    check(isinstance(node_id, str) and len(node_id) == 25, "swarm init returns a node ID")
    client.swarm.reload()
    check(client.swarm.attrs["JoinTokens"]["Worker"].startswith("SWMTKN-1-"), "join tokens")

    service = client.services.create(
        "diamol/ch12-timecheck:1.0", name="pytest-timecheck")
    advance(client, "5s")
    service.reload()
    check(service.name == "pytest-timecheck", "service created")
    tasks = service.tasks()
    check(len(tasks) == 1 and tasks[0]["Status"]["State"] == "running", "one running task")

    service.scale(3)
    advance(client, "10s")
    service.reload()
    check(service.attrs["Spec"]["Mode"]["Replicated"]["Replicas"] == 3, "spec says 3 replicas")
    running = [t for t in service.tasks(filters={"desired-state": "running"})
               if t["Status"]["State"] == "running"]
    check(len(running) == 3, "three running tasks")

    nodes = client.nodes.list()
    check(len(nodes) == 1 and nodes[0].attrs["Spec"]["Role"] == "manager", "one manager node")
    check(nodes[0].attrs["Description"]["Hostname"] == "docker-desktop", "node hostname")

    advance(client, "20s")
    lines = b"".join(service.logs(stdout=True, stderr=True)).decode().splitlines()
    check(len(lines) >= 3, "logs have lines (%d)" % len(lines))
    check(all("App version: 1.0" in line for line in lines), "logs come from the app")
    tail = b"".join(service.logs(stdout=True, tail=1)).decode().splitlines()
    check(len(tail) == 3, "tail=1 gives one line per task")

    check(service.remove() is True, "service removed")
    check(client.services.list() == [], "no services left")
    try:
        client.services.get("pytest-timecheck")
        check(False, "a removed service is not found")
    except docker.errors.NotFound as error:
        check("pytest-timecheck" in str(error), "a removed service is not found (404)")

    client.swarm.leave(force=True)
    check(client.info()["Swarm"]["LocalNodeState"] == "inactive", "left the swarm")
    print("docker-py: all checks passed")


if __name__ == "__main__":
    main()
