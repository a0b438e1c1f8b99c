/// The `docker container` command group, as the docker 20.10 client declares it.
/// Drafted from Tests/DockerCLITests/Fixtures/help by generate_tree.py.
extension CommandTree {
  /// `docker container` and its subcommands.
  static let container = CommandSpec(
    name: "container",
    use: "container COMMAND",
    short: "Manage containers",
    subcommands: [
      .notSimulated(
        "attach",
        short: "Attach local standard input, output, and error streams to a running container"),
      .notSimulated("commit", short: "Create a new image from a container's changes"),
      .notSimulated("cp", short: "Copy files/folders between a container and the local filesystem"),
      .notSimulated("create", short: "Create a new container"),
      .notSimulated(
        "diff", short: "Inspect changes to files or directories on a container's filesystem"),
      CommandSpec(
        name: "exec",
        use: "container exec [OPTIONS] CONTAINER COMMAND [ARG...]",
        short: "Run a command in a running container",
        args: .min(2),
        interspersed: false,
        run: .frontEnd(.exec),
        flags: [
          FlagSpec("detach", "d", usage: "Detached mode: run command in the background"),
          FlagSpec(
            "detach-keys", type: "string",
            usage: "Override the key sequence for detaching a container"),
          FlagSpec("env", "e", type: "list", usage: "Set environment variables"),
          FlagSpec("env-file", type: "list", usage: "Read in a file of environment variables"),
          FlagSpec("interactive", "i", usage: "Keep STDIN open even if not attached"),
          FlagSpec("privileged", usage: "Give extended privileges to the command"),
          FlagSpec("tty", "t", usage: "Allocate a pseudo-TTY"),
          FlagSpec(
            "user", "u", type: "string", usage: "Username or UID (format: <name|uid>[:<group|gid>])"
          ),
          FlagSpec("workdir", "w", type: "string", usage: "Working directory inside the container"),
        ]),
      .notSimulated("export", short: "Export a container's filesystem as a tar archive"),
      CommandSpec(
        name: "inspect",
        use: "container inspect [OPTIONS] CONTAINER [CONTAINER...]",
        short: "Display detailed information on one or more containers",
        args: .min(1),
        run: .client(ContainerCommands.inspect),
        flags: [
          FlagSpec(
            "format", "f", type: "string", usage: "Format the output using the given Go template"),
          FlagSpec("size", "s", usage: "Display total file sizes"),
        ]),
      CommandSpec(
        name: "kill",
        use: "container kill [OPTIONS] CONTAINER [CONTAINER...]",
        short: "Kill one or more running containers",
        args: .min(1),
        run: .client(ContainerCommands.kill),
        flags: [
          FlagSpec(
            "signal", "s", type: "string", default: "KILL", usage: "Signal to send to the container"
          )
        ]),
      CommandSpec(
        name: "logs",
        use: "container logs [OPTIONS] CONTAINER",
        short: "Fetch the logs of a container",
        args: .exact(1),
        run: .client(ContainerCommands.logs),
        flags: [
          FlagSpec("details", usage: "Show extra details provided to logs"),
          FlagSpec("follow", "f", usage: "Follow log output"),
          FlagSpec(
            "since", type: "string",
            usage:
              "Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)"
          ),
          FlagSpec(
            "tail", "n", type: "string", default: "all",
            usage: "Number of lines to show from the end of the logs"),
          FlagSpec("timestamps", "t", usage: "Show timestamps"),
          FlagSpec(
            "until", type: "string",
            usage:
              "Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)"
          ),
        ]),
      CommandSpec(
        name: "ls",
        aliases: ["ps", "list"],
        use: "container ls [OPTIONS]",
        short: "List containers",
        args: .none,
        run: .client(ContainerCommands.list),
        flags: [
          FlagSpec("all", "a", usage: "Show all containers (default shows just running)"),
          FlagSpec(
            "filter", "f", type: "filter", usage: "Filter output based on conditions provided"),
          FlagSpec("format", type: "string", usage: "Pretty-print containers using a Go template"),
          FlagSpec(
            "last", "n", type: "int", default: "-1",
            usage: "Show n last created containers (includes all states)"),
          FlagSpec("latest", "l", usage: "Show the latest created container (includes all states)"),
          FlagSpec("no-trunc", usage: "Don't truncate output"),
          FlagSpec("quiet", "q", usage: "Only display container IDs"),
          FlagSpec("size", "s", usage: "Display total file sizes"),
        ]),
      .notSimulated("pause", short: "Pause all processes within one or more containers"),
      .notSimulated("port", short: "List port mappings or a specific mapping for the container"),
      .notSimulated("prune", short: "Remove all stopped containers"),
      .notSimulated("rename", short: "Rename a container"),
      CommandSpec(
        name: "restart",
        use: "container restart [OPTIONS] CONTAINER [CONTAINER...]",
        short: "Restart one or more containers",
        args: .min(1),
        run: .client(ContainerCommands.restart),
        flags: [
          FlagSpec(
            "time", "t", type: "int", default: "10",
            usage: "Seconds to wait for stop before killing the container")
        ]),
      CommandSpec(
        name: "rm",
        use: "container rm [OPTIONS] CONTAINER [CONTAINER...]",
        short: "Remove one or more containers",
        args: .min(1),
        run: .client(ContainerCommands.remove),
        flags: [
          FlagSpec("force", "f", usage: "Force the removal of a running container (uses SIGKILL)"),
          FlagSpec("link", "l", usage: "Remove the specified link"),
          FlagSpec("volumes", "v", usage: "Remove anonymous volumes associated with the container"),
        ]),
      CommandSpec(
        name: "run",
        use: "container run [OPTIONS] IMAGE [COMMAND] [ARG...]",
        short: "Run a command in a new container",
        args: .min(1),
        interspersed: false,
        run: .frontEnd(.run),
        flags: [
          FlagSpec("add-host", type: "list", usage: "Add a custom host-to-IP mapping (host:ip)"),
          FlagSpec("attach", "a", type: "list", usage: "Attach to STDIN, STDOUT or STDERR"),
          FlagSpec(
            "blkio-weight", type: "uint16", default: "0",
            usage: "Block IO (relative weight), between 10 and 1000, or 0 to disable"),
          FlagSpec(
            "blkio-weight-device", type: "list", default: "[]",
            usage: "Block IO weight (relative device weight)"),
          FlagSpec("cap-add", type: "list", usage: "Add Linux capabilities"),
          FlagSpec("cap-drop", type: "list", usage: "Drop Linux capabilities"),
          FlagSpec(
            "cgroup-parent", type: "string", usage: "Optional parent cgroup for the container"),
          FlagSpec(
            "cgroupns", type: "string",
            usage: "Cgroup namespace to use (host|private)\n"
              + "'host':    Run the container in the Docker host's cgroup namespace\n"
              + "'private': Run the container in its own private cgroup namespace\n"
              + "'':        Use the cgroup namespace as configured by the\n"
              + "           default-cgroupns-mode option on the daemon (default)"),
          FlagSpec("cidfile", type: "string", usage: "Write the container ID to the file"),
          FlagSpec(
            "cpu-period", type: "int", usage: "Limit CPU CFS (Completely Fair Scheduler) period"),
          FlagSpec(
            "cpu-quota", type: "int", usage: "Limit CPU CFS (Completely Fair Scheduler) quota"),
          FlagSpec(
            "cpu-rt-period", type: "int", usage: "Limit CPU real-time period in microseconds"),
          FlagSpec(
            "cpu-rt-runtime", type: "int", usage: "Limit CPU real-time runtime in microseconds"),
          FlagSpec("cpu-shares", "c", type: "int", usage: "CPU shares (relative weight)"),
          FlagSpec("cpus", type: "decimal", usage: "Number of CPUs"),
          FlagSpec(
            "cpuset-cpus", type: "string", usage: "CPUs in which to allow execution (0-3, 0,1)"),
          FlagSpec(
            "cpuset-mems", type: "string", usage: "MEMs in which to allow execution (0-3, 0,1)"),
          FlagSpec("detach", "d", usage: "Run container in background and print container ID"),
          FlagSpec(
            "detach-keys", type: "string",
            usage: "Override the key sequence for detaching a container"),
          FlagSpec("device", type: "list", usage: "Add a host device to the container"),
          FlagSpec(
            "device-cgroup-rule", type: "list",
            usage: "Add a rule to the cgroup allowed devices list"),
          FlagSpec(
            "device-read-bps", type: "list", default: "[]",
            usage: "Limit read rate (bytes per second) from a device"),
          FlagSpec(
            "device-read-iops", type: "list", default: "[]",
            usage: "Limit read rate (IO per second) from a device"),
          FlagSpec(
            "device-write-bps", type: "list", default: "[]",
            usage: "Limit write rate (bytes per second) to a device"),
          FlagSpec(
            "device-write-iops", type: "list", default: "[]",
            usage: "Limit write rate (IO per second) to a device"),
          FlagSpec("disable-content-trust", default: "true", usage: "Skip image verification"),
          FlagSpec("dns", type: "list", usage: "Set custom DNS servers"),
          FlagSpec("dns-option", type: "list", usage: "Set DNS options"),
          FlagSpec("dns-search", type: "list", usage: "Set custom DNS search domains"),
          FlagSpec("domainname", type: "string", usage: "Container NIS domain name"),
          FlagSpec(
            "entrypoint", type: "string", usage: "Overwrite the default ENTRYPOINT of the image"),
          FlagSpec("env", "e", type: "list", usage: "Set environment variables"),
          FlagSpec("env-file", type: "list", usage: "Read in a file of environment variables"),
          FlagSpec("expose", type: "list", usage: "Expose a port or a range of ports"),
          FlagSpec(
            "gpus", type: "gpu-request",
            usage: "GPU devices to add to the container ('all' to pass all GPUs)"),
          FlagSpec("group-add", type: "list", usage: "Add additional groups to join"),
          FlagSpec("health-cmd", type: "string", usage: "Command to run to check health"),
          FlagSpec(
            "health-interval", type: "duration", default: "0s",
            usage: "Time between running the check (ms|s|m|h)"),
          FlagSpec(
            "health-retries", type: "int", usage: "Consecutive failures needed to report unhealthy"),
          FlagSpec(
            "health-start-period", type: "duration", default: "0s",
            usage:
              "Start period for the container to initialize before starting health-retries countdown (ms|s|m|h)"
          ),
          FlagSpec(
            "health-timeout", type: "duration", default: "0s",
            usage: "Maximum time to allow one check to run (ms|s|m|h)"),
          FlagSpec("help", usage: "Print usage"),
          FlagSpec("hostname", "h", type: "string", usage: "Container host name"),
          FlagSpec(
            "init",
            usage: "Run an init inside the container that forwards signals and reaps processes"),
          FlagSpec("interactive", "i", usage: "Keep STDIN open even if not attached"),
          FlagSpec("ip", type: "string", usage: "IPv4 address (e.g., 172.30.100.104)"),
          FlagSpec("ip6", type: "string", usage: "IPv6 address (e.g., 2001:db8::33)"),
          FlagSpec("ipc", type: "string", usage: "IPC mode to use"),
          FlagSpec("isolation", type: "string", usage: "Container isolation technology"),
          FlagSpec("kernel-memory", type: "bytes", usage: "Kernel memory limit"),
          FlagSpec("label", "l", type: "list", usage: "Set meta data on a container"),
          FlagSpec("label-file", type: "list", usage: "Read in a line delimited file of labels"),
          FlagSpec("link", type: "list", usage: "Add link to another container"),
          FlagSpec(
            "link-local-ip", type: "list", usage: "Container IPv4/IPv6 link-local addresses"),
          FlagSpec("log-driver", type: "string", usage: "Logging driver for the container"),
          FlagSpec("log-opt", type: "list", usage: "Log driver options"),
          FlagSpec(
            "mac-address", type: "string", usage: "Container MAC address (e.g., 92:d0:c6:0a:29:33)"),
          FlagSpec("memory", "m", type: "bytes", usage: "Memory limit"),
          FlagSpec("memory-reservation", type: "bytes", usage: "Memory soft limit"),
          FlagSpec(
            "memory-swap", type: "bytes",
            usage: "Swap limit equal to memory plus swap: '-1' to enable unlimited swap"),
          FlagSpec(
            "memory-swappiness", type: "int", default: "-1",
            usage: "Tune container memory swappiness (0 to 100)"),
          FlagSpec("mount", type: "mount", usage: "Attach a filesystem mount to the container"),
          FlagSpec("name", type: "string", usage: "Assign a name to the container"),
          FlagSpec("network", type: "network", usage: "Connect a container to a network"),
          FlagSpec(
            "network-alias", type: "list", usage: "Add network-scoped alias for the container"),
          FlagSpec("no-healthcheck", usage: "Disable any container-specified HEALTHCHECK"),
          FlagSpec("oom-kill-disable", usage: "Disable OOM Killer"),
          FlagSpec(
            "oom-score-adj", type: "int", usage: "Tune host's OOM preferences (-1000 to 1000)"),
          FlagSpec("pid", type: "string", usage: "PID namespace to use"),
          FlagSpec(
            "pids-limit", type: "int", usage: "Tune container pids limit (set -1 for unlimited)"),
          FlagSpec(
            "platform", type: "string", usage: "Set platform if server is multi-platform capable"),
          FlagSpec("privileged", usage: "Give extended privileges to this container"),
          FlagSpec(
            "publish", "p", type: "list", usage: "Publish a container's port(s) to the host"),
          FlagSpec("publish-all", "P", usage: "Publish all exposed ports to random ports"),
          FlagSpec(
            "pull", type: "string", default: "missing",
            usage: "Pull image before running (\"always\"|\"missing\"|\"never\")"),
          FlagSpec("read-only", usage: "Mount the container's root filesystem as read only"),
          FlagSpec(
            "restart", type: "string", default: "no",
            usage: "Restart policy to apply when a container exits"),
          FlagSpec("rm", usage: "Automatically remove the container when it exits"),
          FlagSpec("runtime", type: "string", usage: "Runtime to use for this container"),
          FlagSpec("security-opt", type: "list", usage: "Security Options"),
          FlagSpec("shm-size", type: "bytes", usage: "Size of /dev/shm"),
          FlagSpec("sig-proxy", default: "true", usage: "Proxy received signals to the process"),
          FlagSpec(
            "stop-signal", type: "string", default: "SIGTERM", usage: "Signal to stop a container"),
          FlagSpec("stop-timeout", type: "int", usage: "Timeout (in seconds) to stop a container"),
          FlagSpec("storage-opt", type: "list", usage: "Storage driver options for the container"),
          FlagSpec("sysctl", type: "map", default: "map[]", usage: "Sysctl options"),
          FlagSpec("tmpfs", type: "list", usage: "Mount a tmpfs directory"),
          FlagSpec("tty", "t", usage: "Allocate a pseudo-TTY"),
          FlagSpec("ulimit", type: "ulimit", default: "[]", usage: "Ulimit options"),
          FlagSpec(
            "user", "u", type: "string", usage: "Username or UID (format: <name|uid>[:<group|gid>])"
          ),
          FlagSpec("userns", type: "string", usage: "User namespace to use"),
          FlagSpec("uts", type: "string", usage: "UTS namespace to use"),
          FlagSpec("volume", "v", type: "list", usage: "Bind mount a volume"),
          FlagSpec(
            "volume-driver", type: "string", usage: "Optional volume driver for the container"),
          FlagSpec(
            "volumes-from", type: "list", usage: "Mount volumes from the specified container(s)"),
          FlagSpec("workdir", "w", type: "string", usage: "Working directory inside the container"),
        ]),
      CommandSpec(
        name: "start",
        use: "container start [OPTIONS] CONTAINER [CONTAINER...]",
        short: "Start one or more stopped containers",
        args: .min(1),
        run: .client(ContainerCommands.start),
        flags: [
          FlagSpec("attach", "a", usage: "Attach STDOUT/STDERR and forward signals"),
          FlagSpec(
            "detach-keys", type: "string",
            usage: "Override the key sequence for detaching a container"),
          FlagSpec("interactive", "i", usage: "Attach container's STDIN"),
        ]),
      .notSimulated(
        "stats", short: "Display a live stream of container(s) resource usage statistics"),
      CommandSpec(
        name: "stop",
        use: "container stop [OPTIONS] CONTAINER [CONTAINER...]",
        short: "Stop one or more running containers",
        args: .min(1),
        run: .client(ContainerCommands.stop),
        flags: [
          FlagSpec(
            "time", "t", type: "int", default: "10",
            usage: "Seconds to wait for stop before killing it")
        ]),
      CommandSpec(
        name: "top",
        use: "container top CONTAINER [ps OPTIONS]",
        short: "Display the running processes of a container",
        args: .min(1),
        interspersed: false,
        flags: []),
      .notSimulated("unpause", short: "Unpause all processes within one or more containers"),
      .notSimulated("update", short: "Update configuration of one or more containers"),
      .notSimulated(
        "wait", short: "Block until one or more containers stop, then print their exit codes"),
    ])
}
