/// `container.HostConfig` as docker 20.10 reports it for a swarm task container: the
/// simulation models no per-container limits or mounts, so the defaults are the values.
public struct HostConfig: GoStruct, Equatable {
  public static let goTypeName = "container.HostConfig"
  @GoNullable public var binds: [String]? = nil
  public var containerIDFile: String = ""
  public var logConfig = LogConfig()
  public var networkMode: String = "default"
  public var portBindings: [String: [PortBinding]] = [:]
  public var restartPolicy = ContainerRestartPolicy()
  public var autoRemove: Bool = false
  public var volumeDriver: String = ""
  @GoNullable public var volumesFrom: [String]? = nil
  @GoNullable public var capAdd: [String]? = nil
  @GoNullable public var capDrop: [String]? = nil
  public var cgroupnsMode: String = "host"
  @GoNullable public var dns: [String]? = nil
  @GoNullable public var dnsOptions: [String]? = nil
  @GoNullable public var dnsSearch: [String]? = nil
  @GoNullable public var extraHosts: [String]? = nil
  @GoNullable public var groupAdd: [String]? = nil
  public var ipcMode: String = "private"
  public var cgroup: String = ""
  @GoNullable public var links: [String]? = nil
  public var oomScoreAdj: Int = 0
  public var pidMode: String = ""
  public var privileged: Bool = false
  public var publishAllPorts: Bool = false
  public var readonlyRootfs: Bool = false
  @GoNullable public var securityOpt: [String]? = nil
  public var utsMode: String = ""
  public var usernsMode: String = ""
  public var shmSize: Int64 = 67_108_864
  public var runtime: String = "runc"
  public var consoleSize: [UInt64] = [0, 0]
  public var isolation: String = "default"
  public var cpuShares: Int64 = 0
  public var memory: Int64 = 0
  public var nanoCpus: Int64 = 0
  public var cgroupParent: String = ""
  public var blkioWeight: UInt16 = 0
  @GoNullable public var blkioWeightDevice: [OpaqueValue]? = nil
  @GoNullable public var blkioDeviceReadBps: [OpaqueValue]? = nil
  @GoNullable public var blkioDeviceWriteBps: [OpaqueValue]? = nil
  @GoNullable public var blkioDeviceReadIOps: [OpaqueValue]? = nil
  @GoNullable public var blkioDeviceWriteIOps: [OpaqueValue]? = nil
  public var cpuPeriod: Int64 = 0
  public var cpuQuota: Int64 = 0
  public var cpuRealtimePeriod: Int64 = 0
  public var cpuRealtimeRuntime: Int64 = 0
  public var cpusetCpus: String = ""
  public var cpusetMems: String = ""
  @GoNullable public var devices: [OpaqueValue]? = nil
  @GoNullable public var deviceCgroupRules: [String]? = nil
  @GoNullable public var deviceRequests: [OpaqueValue]? = nil
  public var kernelMemory: Int64 = 0
  public var kernelMemoryTCP: Int64 = 0
  public var memoryReservation: Int64 = 0
  public var memorySwap: Int64 = 0
  @GoNullable public var memorySwappiness: Int64? = nil
  public var oomKillDisable: Bool = false
  @GoNullable public var pidsLimit: Int64? = nil
  public var ulimits: [OpaqueValue] = []
  public var cpuCount: Int64 = 0
  public var cpuPercent: Int64 = 0
  public var ioMaximumIOps: Int64 = 0
  public var ioMaximumBandwidth: Int64 = 0
  public var maskedPaths: [String] = [
    "/proc/asound", "/proc/acpi", "/proc/kcore", "/proc/keys", "/proc/latency_stats",
    "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi", "/sys/firmware",
  ]
  public var readonlyPaths: [String] = [
    "/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger",
  ]
  public var `init`: Bool = false

  public init() {}

  enum CodingKeys: String, CodingKey {
    case binds = "Binds"
    case containerIDFile = "ContainerIDFile"
    case logConfig = "LogConfig"
    case networkMode = "NetworkMode"
    case portBindings = "PortBindings"
    case restartPolicy = "RestartPolicy"
    case autoRemove = "AutoRemove"
    case volumeDriver = "VolumeDriver"
    case volumesFrom = "VolumesFrom"
    case capAdd = "CapAdd"
    case capDrop = "CapDrop"
    case cgroupnsMode = "CgroupnsMode"
    case dns = "Dns"
    case dnsOptions = "DnsOptions"
    case dnsSearch = "DnsSearch"
    case extraHosts = "ExtraHosts"
    case groupAdd = "GroupAdd"
    case ipcMode = "IpcMode"
    case cgroup = "Cgroup"
    case links = "Links"
    case oomScoreAdj = "OomScoreAdj"
    case pidMode = "PidMode"
    case privileged = "Privileged"
    case publishAllPorts = "PublishAllPorts"
    case readonlyRootfs = "ReadonlyRootfs"
    case securityOpt = "SecurityOpt"
    case utsMode = "UTSMode"
    case usernsMode = "UsernsMode"
    case shmSize = "ShmSize"
    case runtime = "Runtime"
    case consoleSize = "ConsoleSize"
    case isolation = "Isolation"
    case cpuShares = "CpuShares"
    case memory = "Memory"
    case nanoCpus = "NanoCpus"
    case cgroupParent = "CgroupParent"
    case blkioWeight = "BlkioWeight"
    case blkioWeightDevice = "BlkioWeightDevice"
    case blkioDeviceReadBps = "BlkioDeviceReadBps"
    case blkioDeviceWriteBps = "BlkioDeviceWriteBps"
    case blkioDeviceReadIOps = "BlkioDeviceReadIOps"
    case blkioDeviceWriteIOps = "BlkioDeviceWriteIOps"
    case cpuPeriod = "CpuPeriod"
    case cpuQuota = "CpuQuota"
    case cpuRealtimePeriod = "CpuRealtimePeriod"
    case cpuRealtimeRuntime = "CpuRealtimeRuntime"
    case cpusetCpus = "CpusetCpus"
    case cpusetMems = "CpusetMems"
    case devices = "Devices"
    case deviceCgroupRules = "DeviceCgroupRules"
    case deviceRequests = "DeviceRequests"
    case kernelMemory = "KernelMemory"
    case kernelMemoryTCP = "KernelMemoryTCP"
    case memoryReservation = "MemoryReservation"
    case memorySwap = "MemorySwap"
    case memorySwappiness = "MemorySwappiness"
    case oomKillDisable = "OomKillDisable"
    case pidsLimit = "PidsLimit"
    case ulimits = "Ulimits"
    case cpuCount = "CpuCount"
    case cpuPercent = "CpuPercent"
    case ioMaximumIOps = "IOMaximumIOps"
    case ioMaximumBandwidth = "IOMaximumBandwidth"
    case maskedPaths = "MaskedPaths"
    case readonlyPaths = "ReadonlyPaths"
    case `init` = "Init"
  }
}
