/// The `docker service` command group, as the docker 20.10 client declares it.
/// Drafted from Tests/DockerCLITests/Fixtures/help by generate_tree.py.
extension CommandTree {
  /// `docker service` and its subcommands.
  static let service = CommandSpec(
    name: "service",
    use: "service COMMAND",
    short: "Manage services",
    subcommands: [
      CommandSpec(
        name: "create",
        use: "service create [OPTIONS] IMAGE [COMMAND] [ARG...]",
        short: "Create a new service",
        args: .min(1),
        interspersed: false,
        run: .client(ServiceCommands.create),
        flags: [
          FlagSpec("cap-add", type: "list", usage: "Add Linux capabilities"),
          FlagSpec("cap-drop", type: "list", usage: "Drop Linux capabilities"),
          FlagSpec(
            "config", type: "config", usage: "Specify configurations to expose to the service"),
          FlagSpec("constraint", type: "list", usage: "Placement constraints"),
          FlagSpec("container-label", type: "list", usage: "Container labels"),
          FlagSpec(
            "credential-spec", type: "credential-spec",
            usage: "Credential spec for managed service account (Windows only)"),
          FlagSpec(
            "detach", "d", usage: "Exit immediately instead of waiting for the service to converge"),
          FlagSpec("dns", type: "list", usage: "Set custom DNS servers"),
          FlagSpec("dns-option", type: "list", usage: "Set DNS options"),
          FlagSpec("dns-search", type: "list", usage: "Set custom DNS search domains"),
          FlagSpec(
            "endpoint-mode", type: "string", default: "vip", usage: "Endpoint mode (vip or dnsrr)"),
          FlagSpec(
            "entrypoint", type: "command", usage: "Overwrite the default ENTRYPOINT of the image"),
          FlagSpec("env", "e", type: "list", usage: "Set environment variables"),
          FlagSpec("env-file", type: "list", usage: "Read in a file of environment variables"),
          FlagSpec("generic-resource", type: "list", usage: "User defined resources"),
          FlagSpec(
            "group", type: "list",
            usage: "Set one or more supplementary user groups for the container"),
          FlagSpec("health-cmd", type: "string", usage: "Command to run to check health"),
          FlagSpec(
            "health-interval", type: "duration", usage: "Time between running the check (ms|s|m|h)"),
          FlagSpec(
            "health-retries", type: "int", usage: "Consecutive failures needed to report unhealthy"),
          FlagSpec(
            "health-start-period", type: "duration",
            usage:
              "Start period for the container to initialize before counting retries towards unstable (ms|s|m|h)"
          ),
          FlagSpec(
            "health-timeout", type: "duration",
            usage: "Maximum time to allow one check to run (ms|s|m|h)"),
          FlagSpec(
            "host", type: "list", usage: "Set one or more custom host-to-IP mappings (host:ip)"),
          FlagSpec("hostname", type: "string", usage: "Container hostname"),
          FlagSpec(
            "init",
            usage: "Use an init inside each service container to forward signals and reap processes"
          ),
          FlagSpec("isolation", type: "string", usage: "Service container isolation mode"),
          FlagSpec("label", "l", type: "list", usage: "Service labels"),
          FlagSpec("limit-cpu", type: "decimal", usage: "Limit CPUs"),
          FlagSpec("limit-memory", type: "bytes", usage: "Limit Memory"),
          FlagSpec(
            "limit-pids", type: "int",
            usage: "Limit maximum number of processes (default 0 = unlimited)"),
          FlagSpec("log-driver", type: "string", usage: "Logging driver for service"),
          FlagSpec("log-opt", type: "list", usage: "Logging driver options"),
          FlagSpec(
            "max-concurrent", type: "uint",
            usage: "Number of job tasks to run concurrently (default equal to --replicas)"),
          FlagSpec(
            "mode", type: "string", default: "replicated",
            usage: "Service mode (replicated, global, replicated-job, or global-job)"),
          FlagSpec("mount", type: "mount", usage: "Attach a filesystem mount to the service"),
          FlagSpec("name", type: "string", usage: "Service name"),
          FlagSpec("network", type: "network", usage: "Network attachments"),
          FlagSpec("no-healthcheck", usage: "Disable any container-specified HEALTHCHECK"),
          FlagSpec(
            "no-resolve-image",
            usage: "Do not query the registry to resolve image digest and supported platforms"),
          FlagSpec("placement-pref", type: "pref", usage: "Add a placement preference"),
          FlagSpec("publish", "p", type: "port", usage: "Publish a port as a node port"),
          FlagSpec("quiet", "q", usage: "Suppress progress output"),
          FlagSpec("read-only", usage: "Mount the container's root filesystem as read only"),
          FlagSpec("replicas", type: "uint", usage: "Number of tasks"),
          FlagSpec(
            "replicas-max-per-node", type: "uint",
            usage: "Maximum number of tasks per node (default 0 = unlimited)"),
          FlagSpec("reserve-cpu", type: "decimal", usage: "Reserve CPUs"),
          FlagSpec("reserve-memory", type: "bytes", usage: "Reserve Memory"),
          FlagSpec(
            "restart-condition", type: "string", default: "any",
            usage: "Restart when condition is met (\"none\"|\"on-failure\"|\"any\")"),
          FlagSpec(
            "restart-delay", type: "duration", default: "5s",
            usage: "Delay between restart attempts (ns|us|ms|s|m|h)"),
          FlagSpec(
            "restart-max-attempts", type: "uint",
            usage: "Maximum number of restarts before giving up"),
          FlagSpec(
            "restart-window", type: "duration",
            usage: "Window used to evaluate the restart policy (ns|us|ms|s|m|h)"),
          FlagSpec(
            "rollback-delay", type: "duration", default: "0s",
            usage: "Delay between task rollbacks (ns|us|ms|s|m|h)"),
          FlagSpec(
            "rollback-failure-action", type: "string", default: "pause",
            usage: "Action on rollback failure (\"pause\"|\"continue\")"),
          FlagSpec(
            "rollback-max-failure-ratio", type: "float", default: "0",
            usage: "Failure rate to tolerate during a rollback"),
          FlagSpec(
            "rollback-monitor", type: "duration", default: "5s",
            usage: "Duration after each task rollback to monitor for failure (ns|us|ms|s|m|h)"),
          FlagSpec(
            "rollback-order", type: "string", default: "stop-first",
            usage: "Rollback order (\"start-first\"|\"stop-first\")"),
          FlagSpec(
            "rollback-parallelism", type: "uint", default: "1",
            usage: "Maximum number of tasks rolled back simultaneously (0 to roll back all at once)"
          ),
          FlagSpec("secret", type: "secret", usage: "Specify secrets to expose to the service"),
          FlagSpec(
            "stop-grace-period", type: "duration", default: "10s",
            usage: "Time to wait before force killing a container (ns|us|ms|s|m|h)"),
          FlagSpec("stop-signal", type: "string", usage: "Signal to stop the container"),
          FlagSpec("sysctl", type: "list", usage: "Sysctl options"),
          FlagSpec("tty", "t", usage: "Allocate a pseudo-TTY"),
          FlagSpec("ulimit", type: "ulimit", default: "[]", usage: "Ulimit options"),
          FlagSpec(
            "update-delay", type: "duration", default: "0s",
            usage: "Delay between updates (ns|us|ms|s|m|h)"),
          FlagSpec(
            "update-failure-action", type: "string", default: "pause",
            usage: "Action on update failure (\"pause\"|\"continue\"|\"rollback\")"),
          FlagSpec(
            "update-max-failure-ratio", type: "float", default: "0",
            usage: "Failure rate to tolerate during an update"),
          FlagSpec(
            "update-monitor", type: "duration", default: "5s",
            usage: "Duration after each task update to monitor for failure (ns|us|ms|s|m|h)"),
          FlagSpec(
            "update-order", type: "string", default: "stop-first",
            usage: "Update order (\"start-first\"|\"stop-first\")"),
          FlagSpec(
            "update-parallelism", type: "uint", default: "1",
            usage: "Maximum number of tasks updated simultaneously (0 to update all at once)"),
          FlagSpec(
            "user", "u", type: "string", usage: "Username or UID (format: <name|uid>[:<group|gid>])"
          ),
          FlagSpec(
            "with-registry-auth", usage: "Send registry authentication details to swarm agents"),
          FlagSpec("workdir", "w", type: "string", usage: "Working directory inside the container"),
        ]),
      CommandSpec(
        name: "inspect",
        use: "service inspect [OPTIONS] SERVICE [SERVICE...]",
        short: "Display detailed information on one or more services",
        args: .min(1),
        run: .client(ServiceQueries.inspect),
        flags: [
          FlagSpec(
            "format", "f", type: "string", usage: "Format the output using the given Go template"),
          FlagSpec("pretty", usage: "Print the information in a human friendly format"),
        ]),
      CommandSpec(
        name: "logs",
        use: "service logs [OPTIONS] SERVICE|TASK",
        short: "Fetch the logs of a service or task",
        args: .exact(1),
        run: .client(ServiceQueries.logs),
        flags: [
          FlagSpec("details", usage: "Show extra details provided to logs"),
          FlagSpec("follow", "f", usage: "Follow log output"),
          FlagSpec("no-resolve", usage: "Do not map IDs to Names in output"),
          FlagSpec("no-task-ids", usage: "Do not include task IDs in output"),
          FlagSpec("no-trunc", usage: "Do not truncate output"),
          FlagSpec("raw", usage: "Do not neatly format logs"),
          FlagSpec(
            "since", type: "string",
            usage:
              "Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)"
          ),
          FlagSpec(
            "tail", "n", type: "string", default: "all",
            usage: "Number of lines to show from the end of the logs"),
          FlagSpec("timestamps", "t", usage: "Show timestamps"),
        ]),
      CommandSpec(
        name: "ls",
        aliases: ["list"],
        use: "service ls [OPTIONS]",
        short: "List services",
        args: .none,
        run: .client(ServiceQueries.list),
        flags: [
          FlagSpec(
            "filter", "f", type: "filter", usage: "Filter output based on conditions provided"),
          FlagSpec("format", type: "string", usage: "Pretty-print services using a Go template"),
          FlagSpec("quiet", "q", usage: "Only display IDs"),
        ]),
      CommandSpec(
        name: "ps",
        use: "service ps [OPTIONS] SERVICE [SERVICE...]",
        short: "List the tasks of one or more services",
        args: .min(1),
        run: .client(ServiceQueries.tasks),
        flags: [
          FlagSpec(
            "filter", "f", type: "filter", usage: "Filter output based on conditions provided"),
          FlagSpec("format", type: "string", usage: "Pretty-print tasks using a Go template"),
          FlagSpec("no-resolve", usage: "Do not map IDs to Names"),
          FlagSpec("no-trunc", usage: "Do not truncate output"),
          FlagSpec("quiet", "q", usage: "Only display task IDs"),
        ]),
      CommandSpec(
        name: "rm",
        aliases: ["remove"],
        use: "service rm SERVICE [SERVICE...]",
        short: "Remove one or more services",
        args: .min(1),
        run: .client(ServiceCommands.remove),
        flags: []),
      CommandSpec(
        name: "rollback",
        use: "service rollback [OPTIONS] SERVICE",
        short: "Revert changes to a service's configuration",
        args: .exact(1),
        run: .client(ServiceCommands.rollback),
        flags: [
          FlagSpec(
            "detach", "d", usage: "Exit immediately instead of waiting for the service to converge"),
          FlagSpec("quiet", "q", usage: "Suppress progress output"),
        ]),
      CommandSpec(
        name: "scale",
        use: "service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]",
        short: "Scale one or multiple replicated services",
        args: .scaleSpecs,
        run: .client(ServiceCommands.scale),
        flags: [
          FlagSpec(
            "detach", "d", usage: "Exit immediately instead of waiting for the service to converge")
        ]),
      CommandSpec(
        name: "update",
        use: "service update [OPTIONS] SERVICE",
        short: "Update a service",
        args: .exact(1),
        run: .client(ServiceCommands.update),
        flags: [
          FlagSpec("args", type: "command", usage: "Service command args"),
          FlagSpec("cap-add", type: "list", usage: "Add Linux capabilities"),
          FlagSpec("cap-drop", type: "list", usage: "Drop Linux capabilities"),
          FlagSpec("config-add", type: "config", usage: "Add or update a config file on a service"),
          FlagSpec("config-rm", type: "list", usage: "Remove a configuration file"),
          FlagSpec("constraint-add", type: "list", usage: "Add or update a placement constraint"),
          FlagSpec("constraint-rm", type: "list", usage: "Remove a constraint"),
          FlagSpec("container-label-add", type: "list", usage: "Add or update a container label"),
          FlagSpec(
            "container-label-rm", type: "list", usage: "Remove a container label by its key"),
          FlagSpec(
            "credential-spec", type: "credential-spec",
            usage: "Credential spec for managed service account (Windows only)"),
          FlagSpec(
            "detach", "d", usage: "Exit immediately instead of waiting for the service to converge"),
          FlagSpec("dns-add", type: "list", usage: "Add or update a custom DNS server"),
          FlagSpec("dns-option-add", type: "list", usage: "Add or update a DNS option"),
          FlagSpec("dns-option-rm", type: "list", usage: "Remove a DNS option"),
          FlagSpec("dns-rm", type: "list", usage: "Remove a custom DNS server"),
          FlagSpec(
            "dns-search-add", type: "list", usage: "Add or update a custom DNS search domain"),
          FlagSpec("dns-search-rm", type: "list", usage: "Remove a DNS search domain"),
          FlagSpec("endpoint-mode", type: "string", usage: "Endpoint mode (vip or dnsrr)"),
          FlagSpec(
            "entrypoint", type: "command", usage: "Overwrite the default ENTRYPOINT of the image"),
          FlagSpec("env-add", type: "list", usage: "Add or update an environment variable"),
          FlagSpec("env-rm", type: "list", usage: "Remove an environment variable"),
          FlagSpec("force", usage: "Force update even if no changes require it"),
          FlagSpec("generic-resource-add", type: "list", usage: "Add a Generic resource"),
          FlagSpec("generic-resource-rm", type: "list", usage: "Remove a Generic resource"),
          FlagSpec(
            "group-add", type: "list",
            usage: "Add an additional supplementary user group to the container"),
          FlagSpec(
            "group-rm", type: "list",
            usage: "Remove a previously added supplementary user group from the container"),
          FlagSpec("health-cmd", type: "string", usage: "Command to run to check health"),
          FlagSpec(
            "health-interval", type: "duration", usage: "Time between running the check (ms|s|m|h)"),
          FlagSpec(
            "health-retries", type: "int", usage: "Consecutive failures needed to report unhealthy"),
          FlagSpec(
            "health-start-period", type: "duration",
            usage:
              "Start period for the container to initialize before counting retries towards unstable (ms|s|m|h)"
          ),
          FlagSpec(
            "health-timeout", type: "duration",
            usage: "Maximum time to allow one check to run (ms|s|m|h)"),
          FlagSpec("host-add", type: "list", usage: "Add a custom host-to-IP mapping (host:ip)"),
          FlagSpec("host-rm", type: "list", usage: "Remove a custom host-to-IP mapping (host:ip)"),
          FlagSpec("hostname", type: "string", usage: "Container hostname"),
          FlagSpec("image", type: "string", usage: "Service image tag"),
          FlagSpec(
            "init",
            usage: "Use an init inside each service container to forward signals and reap processes"
          ),
          FlagSpec("isolation", type: "string", usage: "Service container isolation mode"),
          FlagSpec("label-add", type: "list", usage: "Add or update a service label"),
          FlagSpec("label-rm", type: "list", usage: "Remove a label by its key"),
          FlagSpec("limit-cpu", type: "decimal", usage: "Limit CPUs"),
          FlagSpec("limit-memory", type: "bytes", usage: "Limit Memory"),
          FlagSpec(
            "limit-pids", type: "int",
            usage: "Limit maximum number of processes (default 0 = unlimited)"),
          FlagSpec("log-driver", type: "string", usage: "Logging driver for service"),
          FlagSpec("log-opt", type: "list", usage: "Logging driver options"),
          FlagSpec(
            "max-concurrent", type: "uint",
            usage: "Number of job tasks to run concurrently (default equal to --replicas)"),
          FlagSpec("mount-add", type: "mount", usage: "Add or update a mount on a service"),
          FlagSpec("mount-rm", type: "list", usage: "Remove a mount by its target path"),
          FlagSpec("network-add", type: "network", usage: "Add a network"),
          FlagSpec("network-rm", type: "list", usage: "Remove a network"),
          FlagSpec("no-healthcheck", usage: "Disable any container-specified HEALTHCHECK"),
          FlagSpec(
            "no-resolve-image",
            usage: "Do not query the registry to resolve image digest and supported platforms"),
          FlagSpec("placement-pref-add", type: "pref", usage: "Add a placement preference"),
          FlagSpec("placement-pref-rm", type: "pref", usage: "Remove a placement preference"),
          FlagSpec("publish-add", type: "port", usage: "Add or update a published port"),
          FlagSpec("publish-rm", type: "port", usage: "Remove a published port by its target port"),
          FlagSpec("quiet", "q", usage: "Suppress progress output"),
          FlagSpec("read-only", usage: "Mount the container's root filesystem as read only"),
          FlagSpec("replicas", type: "uint", usage: "Number of tasks"),
          FlagSpec(
            "replicas-max-per-node", type: "uint",
            usage: "Maximum number of tasks per node (default 0 = unlimited)"),
          FlagSpec("reserve-cpu", type: "decimal", usage: "Reserve CPUs"),
          FlagSpec("reserve-memory", type: "bytes", usage: "Reserve Memory"),
          FlagSpec(
            "restart-condition", type: "string",
            usage: "Restart when condition is met (\"none\"|\"on-failure\"|\"any\")"),
          FlagSpec(
            "restart-delay", type: "duration",
            usage: "Delay between restart attempts (ns|us|ms|s|m|h)"),
          FlagSpec(
            "restart-max-attempts", type: "uint",
            usage: "Maximum number of restarts before giving up"),
          FlagSpec(
            "restart-window", type: "duration",
            usage: "Window used to evaluate the restart policy (ns|us|ms|s|m|h)"),
          FlagSpec("rollback", usage: "Rollback to previous specification"),
          FlagSpec(
            "rollback-delay", type: "duration",
            usage: "Delay between task rollbacks (ns|us|ms|s|m|h)"),
          FlagSpec(
            "rollback-failure-action", type: "string",
            usage: "Action on rollback failure (\"pause\"|\"continue\")"),
          FlagSpec(
            "rollback-max-failure-ratio", type: "float",
            usage: "Failure rate to tolerate during a rollback"),
          FlagSpec(
            "rollback-monitor", type: "duration",
            usage: "Duration after each task rollback to monitor for failure (ns|us|ms|s|m|h)"),
          FlagSpec(
            "rollback-order", type: "string",
            usage: "Rollback order (\"start-first\"|\"stop-first\")"),
          FlagSpec(
            "rollback-parallelism", type: "uint",
            usage: "Maximum number of tasks rolled back simultaneously (0 to roll back all at once)"
          ),
          FlagSpec("secret-add", type: "secret", usage: "Add or update a secret on a service"),
          FlagSpec("secret-rm", type: "list", usage: "Remove a secret"),
          FlagSpec(
            "stop-grace-period", type: "duration",
            usage: "Time to wait before force killing a container (ns|us|ms|s|m|h)"),
          FlagSpec("stop-signal", type: "string", usage: "Signal to stop the container"),
          FlagSpec("sysctl-add", type: "list", usage: "Add or update a Sysctl option"),
          FlagSpec("sysctl-rm", type: "list", usage: "Remove a Sysctl option"),
          FlagSpec("tty", "t", usage: "Allocate a pseudo-TTY"),
          FlagSpec(
            "ulimit-add", type: "ulimit", default: "[]", usage: "Add or update a ulimit option"),
          FlagSpec("ulimit-rm", type: "list", usage: "Remove a ulimit option"),
          FlagSpec(
            "update-delay", type: "duration", usage: "Delay between updates (ns|us|ms|s|m|h)"),
          FlagSpec(
            "update-failure-action", type: "string",
            usage: "Action on update failure (\"pause\"|\"continue\"|\"rollback\")"),
          FlagSpec(
            "update-max-failure-ratio", type: "float",
            usage: "Failure rate to tolerate during an update"),
          FlagSpec(
            "update-monitor", type: "duration",
            usage: "Duration after each task update to monitor for failure (ns|us|ms|s|m|h)"),
          FlagSpec(
            "update-order", type: "string", usage: "Update order (\"start-first\"|\"stop-first\")"),
          FlagSpec(
            "update-parallelism", type: "uint",
            usage: "Maximum number of tasks updated simultaneously (0 to update all at once)"),
          FlagSpec(
            "user", "u", type: "string", usage: "Username or UID (format: <name|uid>[:<group|gid>])"
          ),
          FlagSpec(
            "with-registry-auth", usage: "Send registry authentication details to swarm agents"),
          FlagSpec("workdir", "w", type: "string", usage: "Working directory inside the container"),
        ]),
    ])
}
