public import GoTemplate
public import SwarmCore

extension InspectEncoding {
  /// `swarm.Service` as `docker service inspect` prints it. The CLI asks for the spec with
  /// swarmkit's defaults inserted, so `Spec` carries UpdateConfig, RollbackConfig, RestartPolicy
  /// and StopGracePeriod; `PreviousSpec` is the stored spec and carries them only when set.
  public static func service(_ s: Service, _ cluster: Cluster) -> TemplateValue {
    var f = FieldList()
    f.add("ID", .string(s.id))
    f.add("Version", version(s.id, s.version))
    f.add("CreatedAt", time(s.createdAt))
    f.add("UpdatedAt", time(s.updatedAt))
    f.add("Spec", serviceSpec(s.spec, defaultsInserted: true, type: "swarm.ServiceSpec"))
    if let previous = s.previousSpec {
      f.add(
        "PreviousSpec", serviceSpec(previous, defaultsInserted: false, type: "*swarm.ServiceSpec"))
    }
    f.add("Endpoint", endpoint(s))
    if let status = s.updateStatus { f.add("UpdateStatus", updateStatus(status)) }
    return f.object("swarm.Service")
  }

  static func serviceSpec(_ spec: ServiceSpec, defaultsInserted: Bool, type: String)
    -> TemplateValue
  {
    var f = FieldList()
    f.add("Name", .string(spec.name))
    f.add("Labels", labels(spec.labels))
    f.add(
      "TaskTemplate", taskSpec(spec.template, defaultsInserted: defaultsInserted, runtime: true))
    f.add("Mode", mode(spec.mode))
    if defaultsInserted || spec.update != UpdatePolicy() {
      f.add("UpdateConfig", updateConfig(spec.update))
    }
    if defaultsInserted || spec.rollback != UpdatePolicy() {
      f.add("RollbackConfig", updateConfig(spec.rollback))
    }
    f.add("EndpointSpec", endpointSpec(spec, type: "*swarm.EndpointSpec"))
    return f.object(type)
  }

  /// `swarm.TaskSpec`. Tasks carry the stored spec without the `Runtime` field.
  static func taskSpec(_ t: TaskTemplate, defaultsInserted: Bool, runtime: Bool) -> TemplateValue {
    var f = FieldList()
    f.add("ContainerSpec", containerSpec(t, defaultsInserted: defaultsInserted))
    f.add(
      "Resources",
      .object(
        type: "*swarm.ResourceRequirements",
        fields: [
          TemplateField("Limits", .object(type: "*swarm.Limit", fields: [])),
          TemplateField("Reservations", .object(type: "*swarm.Resources", fields: [])),
        ]))
    if defaultsInserted || t.restart != RestartPolicy() {
      f.add("RestartPolicy", restartPolicy(t.restart))
    }
    f.add("Placement", placement(t))
    f.add(
      "Networks",
      omitEmpty: .array(
        t.networks.map { id in
          .object(
            type: "swarm.NetworkAttachmentConfig", fields: [TemplateField("Target", .string(id))])
        }))
    f.add("ForceUpdate", .uint(UInt64(t.forceUpdate)))
    if runtime { f.add("Runtime", .string("container")) }
    return f.object("swarm.TaskSpec")
  }

  static func containerSpec(_ t: TaskTemplate, defaultsInserted: Bool) -> TemplateValue {
    var f = FieldList()
    f.add("Image", .string(t.resolvedImage))
    f.add("Labels", omitEmpty: labels(t.containerLabels))
    f.add("Command", omitEmpty: strings(t.command))
    f.add("Args", omitEmpty: strings(t.args))
    f.add("Hostname", omitEmpty: .string(t.hostname ?? ""))
    f.add("Env", omitEmpty: strings(t.env))
    f.add("Dir", omitEmpty: .string(t.workdir ?? ""))
    f.add("User", omitEmpty: .string(t.user ?? ""))
    f.add("Init", .bool(false))
    if defaultsInserted || t.stopGracePeriod != .seconds(10) {
      f.add("StopGracePeriod", .duration(nanos: t.stopGracePeriod.nanos))
    }
    if let health = t.healthCheck {
      var h = FieldList()
      h.add("Test", omitEmpty: strings(health.test))
      h.add("Interval", omitEmpty: .duration(nanos: health.interval.nanos))
      h.add("Retries", omitEmpty: .int(Int64(health.retries)))
      f.add("Healthcheck", h.object("*container.HealthConfig"))
    }
    f.add("DNSConfig", .object(type: "*swarm.DNSConfig", fields: []))
    f.add("Isolation", .string("default"))
    return f.object("*swarm.ContainerSpec")
  }

  static func restartPolicy(_ r: RestartPolicy) -> TemplateValue {
    var f = FieldList()
    f.add("Condition", .string(r.condition.rawValue))
    f.add("Delay", .duration(nanos: r.delay.nanos))
    f.add("MaxAttempts", .uint(UInt64(r.maxAttempts)))
    if r.window != .zero { f.add("Window", .duration(nanos: r.window.nanos)) }
    return f.object("*swarm.RestartPolicy")
  }

  static func placement(_ t: TaskTemplate) -> TemplateValue {
    var f = FieldList()
    f.add("Constraints", omitEmpty: strings(t.constraints))
    let preferences: [TemplateValue] = t.placementPreferences.map { pref in
      let descriptor = pref.hasPrefix("spread=") ? String(pref.dropFirst(7)) : pref
      return .object(
        type: "swarm.PlacementPreference",
        fields: [
          TemplateField(
            "Spread",
            .object(
              type: "*swarm.SpreadOver",
              fields: [TemplateField("SpreadDescriptor", .string(descriptor))]))
        ])
    }
    f.add("Preferences", omitEmpty: .array(preferences))
    f.add("MaxReplicas", omitEmpty: .uint(UInt64(t.maxReplicasPerNode)))
    // The CLI records the platforms of a manifest list it resolved; a bare (unresolved)
    // reference has none.
    if t.resolvedImage.contains("@sha256:") {
      f.add(
        "Platforms",
        .array(
          ["amd64", "arm64"].map { arch in
            .object(
              type: "swarm.Platform",
              fields: [
                TemplateField("Architecture", .string(arch)), TemplateField("OS", .string("linux")),
              ]
            )
          }))
    }
    return f.object("*swarm.Placement")
  }

  static func mode(_ mode: ServiceMode) -> TemplateValue {
    switch mode {
    case .replicated(let replicas):
      .object(
        type: "swarm.ServiceMode",
        fields: [
          TemplateField(
            "Replicated",
            .object(
              type: "*swarm.ReplicatedService",
              fields: [TemplateField("Replicas", .uint(UInt64(replicas)))]))
        ])
    case .global:
      .object(
        type: "swarm.ServiceMode",
        fields: [TemplateField("Global", .object(type: "*swarm.GlobalService", fields: []))])
    }
  }

  static func updateConfig(_ u: UpdatePolicy) -> TemplateValue {
    var f = FieldList()
    f.add("Parallelism", .uint(UInt64(u.parallelism)))
    f.add("Delay", omitEmpty: .duration(nanos: u.delay.nanos))
    f.add("FailureAction", .string(u.failureAction.rawValue))
    f.add("Monitor", omitEmpty: .duration(nanos: u.monitor.nanos))
    f.add("MaxFailureRatio", .double(u.maxFailureRatio))
    f.add("Order", .string(u.order.rawValue))
    return f.object("*swarm.UpdateConfig")
  }

  static func port(_ p: PortConfig) -> TemplateValue {
    var f = FieldList()
    f.add("Protocol", .string(p.protocolName))
    f.add("TargetPort", omitEmpty: .uint(UInt64(p.targetPort)))
    f.add("PublishedPort", omitEmpty: .uint(UInt64(p.publishedPort)))
    f.add("PublishMode", .string(p.publishMode))
    return f.object("swarm.PortConfig")
  }

  static func endpointSpec(_ spec: ServiceSpec, type: String) -> TemplateValue {
    var f = FieldList()
    f.add("Mode", .string(spec.endpointMode))
    f.add("Ports", omitEmpty: .array(spec.ports.map(port)))
    return f.object(type)
  }

  /// The allocator's view: empty until the service has ports or networks to allocate on.
  static func endpoint(_ s: Service) -> TemplateValue {
    var f = FieldList()
    if s.spec.ports.isEmpty && s.virtualIPs.isEmpty {
      f.add("Spec", .object(type: "swarm.EndpointSpec", fields: []))
    } else {
      f.add("Spec", endpointSpec(s.spec, type: "swarm.EndpointSpec"))
    }
    f.add("Ports", omitEmpty: .array(s.endpointPorts.map(port)))
    let vips: [TemplateValue] = s.virtualIPs.map { vip in
      .object(
        type: "swarm.EndpointVirtualIP",
        fields: [
          TemplateField("NetworkID", .string(vip.networkID)),
          TemplateField("Addr", .string(vip.address)),
        ])
    }
    f.add("VirtualIPs", omitEmpty: .array(vips))
    return f.object("swarm.Endpoint")
  }

  static func updateStatus(_ u: UpdateStatus) -> TemplateValue {
    var f = FieldList()
    f.add("State", .string(u.state.rawValue))
    f.add("StartedAt", time(u.startedAt))
    if let completed = u.completedAt { f.add("CompletedAt", time(completed)) }
    f.add("Message", omitEmpty: .string(u.message))
    return f.object("*swarm.UpdateStatus")
  }
}
