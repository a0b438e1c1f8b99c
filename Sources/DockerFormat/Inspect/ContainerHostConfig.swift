import GoTemplate

/// The `HostConfig` docker 20.10 reports for a swarm task container on Docker Desktop: the
/// same for every task, since the simulation models no per-container limits or mounts.
enum ContainerHostConfig {
  static let value: TemplateValue = {
    var f = FieldList()
    f.add("Binds", .null)
    f.add("ContainerIDFile", .string(""))
    f.add(
      "LogConfig",
      .object(
        type: "container.LogConfig",
        fields: [TemplateField("Type", .string("json-file")), TemplateField("Config", .map([]))]))
    f.add("NetworkMode", .string("default"))
    f.add("PortBindings", .map([]))
    f.add(
      "RestartPolicy",
      .object(
        type: "container.RestartPolicy",
        fields: [TemplateField("Name", .string("")), TemplateField("MaximumRetryCount", .int(0))]))
    f.add("AutoRemove", .bool(false))
    f.add("VolumeDriver", .string(""))
    f.add("VolumesFrom", .null)
    f.add("CapAdd", .null)
    f.add("CapDrop", .null)
    f.add("CgroupnsMode", .string("host"))
    for name in ["Dns", "DnsOptions", "DnsSearch", "ExtraHosts", "GroupAdd"] { f.add(name, .null) }
    f.add("IpcMode", .string("private"))
    f.add("Cgroup", .string(""))
    f.add("Links", .null)
    f.add("OomScoreAdj", .int(0))
    f.add("PidMode", .string(""))
    f.add("Privileged", .bool(false))
    f.add("PublishAllPorts", .bool(false))
    f.add("ReadonlyRootfs", .bool(false))
    f.add("SecurityOpt", .null)
    f.add("UTSMode", .string(""))
    f.add("UsernsMode", .string(""))
    f.add("ShmSize", .int(67_108_864))
    f.add("Runtime", .string("runc"))
    f.add("ConsoleSize", .array([.uint(0), .uint(0)]))
    f.add("Isolation", .string("default"))
    for name in ["CpuShares", "Memory", "NanoCpus"] { f.add(name, .int(0)) }
    f.add("CgroupParent", .string(""))
    f.add("BlkioWeight", .uint(0))
    for name in [
      "BlkioWeightDevice", "BlkioDeviceReadBps", "BlkioDeviceWriteBps", "BlkioDeviceReadIOps",
      "BlkioDeviceWriteIOps",
    ] {
      f.add(name, .null)
    }
    for name in ["CpuPeriod", "CpuQuota", "CpuRealtimePeriod", "CpuRealtimeRuntime"] {
      f.add(name, .int(0))
    }
    f.add("CpusetCpus", .string(""))
    f.add("CpusetMems", .string(""))
    for name in ["Devices", "DeviceCgroupRules", "DeviceRequests"] { f.add(name, .null) }
    for name in ["KernelMemory", "KernelMemoryTCP", "MemoryReservation", "MemorySwap"] {
      f.add(name, .int(0))
    }
    f.add("MemorySwappiness", .null)
    f.add("OomKillDisable", .bool(false))
    f.add("PidsLimit", .null)
    f.add("Ulimits", .array([]))
    for name in ["CpuCount", "CpuPercent", "IOMaximumIOps", "IOMaximumBandwidth"] {
      f.add(name, .int(0))
    }
    f.add(
      "MaskedPaths",
      .array(
        [
          "/proc/asound", "/proc/acpi", "/proc/kcore", "/proc/keys", "/proc/latency_stats",
          "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi",
          "/sys/firmware",
        ].map { .string($0) }))
    f.add(
      "ReadonlyPaths",
      .array(
        ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"].map {
          .string($0)
        }))
    f.add("Init", .bool(false))
    return f.object("*container.HostConfig")
  }()
}
