public import GoTemplate
public import SwarmCore

extension InspectEncoding {
  /// `types.ContainerJSON` as `docker container inspect` prints it on a Docker Desktop engine
  /// (overlay2 storage, `/var/lib/docker`). Times in this struct are strings, so unset ones are
  /// Go's zero time.
  public static func container(_ c: Container, _ cluster: Cluster) -> TemplateValue {
    let root = "/var/lib/docker/containers/\(c.id)"
    let argv = c.command.split(separator: " ").map(String.init)
    var state = FieldList()
    state.add("Status", .string(c.state.rawValue))
    state.add("Running", .bool(c.isRunning))
    for flag in ["Paused", "Restarting", "OOMKilled", "Dead"] { state.add(flag, .bool(false)) }
    state.add("Pid", .int(c.isRunning ? Int64(processID(c.id)) : 0))
    state.add("ExitCode", .int(Int64(c.exitCode ?? 0)))
    state.add("Error", .string(""))
    state.add("StartedAt", .string(c.startedAt.map { $0.civil.rfc3339Nano } ?? zeroTime))
    state.add("FinishedAt", .string(c.finishedAt.map { $0.civil.rfc3339Nano } ?? zeroTime))

    var f = FieldList()
    f.add("Id", .string(c.id))
    f.add("Created", .string(c.createdAt.civil.rfc3339Nano))
    f.add("Path", .string(argv.first ?? ""))
    f.add("Args", strings(Array(argv.dropFirst())))
    f.add("State", state.object("*types.ContainerState"))
    f.add("Image", .string("sha256:" + StableHash.hex(c.resolvedImage, count: 64)))
    f.add("ResolvConfPath", .string(root + "/resolv.conf"))
    f.add("HostnamePath", .string(root + "/hostname"))
    f.add("HostsPath", .string(root + "/hosts"))
    f.add("LogPath", .string(root + "/\(c.id)-json.log"))
    f.add("Name", .string("/" + c.name))
    f.add("RestartCount", .int(0))
    f.add("Driver", .string("overlay2"))
    f.add("Platform", .string("linux"))
    for empty in ["MountLabel", "ProcessLabel", "AppArmorProfile"] { f.add(empty, .string("")) }
    f.add("ExecIDs", .null)
    f.add("HostConfig", ContainerHostConfig.value)
    let layer = "/var/lib/docker/overlay2/" + StableHash.hex(c.id + "/layer", count: 64)
    f.add(
      "GraphDriver",
      .object(
        type: "types.GraphDriverData",
        fields: [
          TemplateField(
            "Data",
            .map([
              TemplateField(
                "LowerDir",
                .string(
                  "\(layer)-init/diff:/var/lib/docker/overlay2/"
                    + StableHash.hex(c.resolvedImage + "/layer", count: 64) + "/diff")),
              TemplateField("MergedDir", .string(layer + "/merged")),
              TemplateField("UpperDir", .string(layer + "/diff")),
              TemplateField("WorkDir", .string(layer + "/work")),
            ])),
          TemplateField("Name", .string("overlay2")),
        ]))
    f.add("Mounts", .array([]))
    f.add("Config", containerConfig(c, argv, cluster))
    f.add("NetworkSettings", ContainerNetworking(c, cluster).settings)
    return f.object("types.ContainerJSON")
  }

  static func containerConfig(_ c: Container, _ argv: [String], _ cluster: Cluster)
    -> TemplateValue
  {
    // The daemon puts the image's environment first and appends the user's.
    let imageEnv = cluster.catalog.lookup(c.resolvedImage)?.env ?? []
    let env = imageEnv + c.env.filter { !imageEnv.contains($0) }
    let template = c.taskID.flatMap { cluster.state.tasks[$0]?.template }
    var f = FieldList()
    f.add("Hostname", .string(template?.hostname ?? String(c.id.prefix(12))))
    f.add("Domainname", .string(""))
    f.add("User", .string(template?.user ?? ""))
    for flag in ["AttachStdin", "AttachStdout", "AttachStderr", "Tty", "OpenStdin", "StdinOnce"] {
      f.add(flag, .bool(false))
    }
    f.add("Env", strings(env))
    f.add("Cmd", strings(argv))
    f.add("Image", .string(c.resolvedImage))
    f.add("Volumes", .null)
    let workdir = template?.workdir ?? cluster.catalog.lookup(c.resolvedImage)?.workdir
    f.add("WorkingDir", .string(workdir ?? ""))
    f.add("Entrypoint", .null)
    f.add("OnBuild", .null)
    f.add("Labels", labels(c.labels))
    return f.object("*container.Config")
  }
}
