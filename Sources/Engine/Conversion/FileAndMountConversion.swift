import EngineAPI
import SwarmCore

/// Configs, secrets, mounts and network aliases between the API's `ContainerSpec` and a
/// SwarmCore task template (kept apart from the rest of the spec conversion so chapter 13's
/// objects stay in one place).
enum FileAndMountConversion {
  /// Copies the API spec's references into the template. The daemon stores what it is sent;
  /// references to objects that do not exist are refused by the control API.
  static func apply(
    _ c: ContainerSpec, networks: [NetworkAttachmentConfig]?, to t: inout TaskTemplate
  ) {
    t.configs = (c.configs ?? []).map { ref in
      var file = FileReference(
        objectID: ref.configID, objectName: ref.configName,
        fileName: ref.file?.name ?? ref.configName)
      if let target = ref.file {
        (file.uid, file.gid, file.mode) = (target.uid, target.gid, Int(target.mode))
      }
      return file
    }
    t.secrets = (c.secrets ?? []).map { ref in
      var file = FileReference(
        objectID: ref.secretID, objectName: ref.secretName,
        fileName: ref.file?.name ?? ref.secretName)
      if let target = ref.file {
        (file.uid, file.gid, file.mode) = (target.uid, target.gid, Int(target.mode))
      }
      return file
    }
    t.mounts = (c.mounts ?? []).map { m in
      var mount = Mount(
        kind: Mount.Kind(rawValue: m.type ?? "volume") ?? .volume,
        source: (m.source ?? "").isEmpty ? nil : m.source, target: m.target ?? "",
        readOnly: m.readOnly ?? false)
      let labels = m.volumeOptions?.labels ?? [:]
      mount.volumeLabels = labels.keys.sorted().map { Label($0, labels[$0]!) }
      return mount
    }
    var aliases: [String] = []
    for alias in (networks ?? []).flatMap({ $0.aliases ?? [] }) where !aliases.contains(alias) {
      aliases.append(alias)
    }
    t.networkAliases = aliases
  }

  /// The template's references as the API shows them (`service inspect`).
  static func fill(_ container: inout ContainerSpec, from t: TaskTemplate) {
    func target(_ f: FileReference) -> FileTarget {
      FileTarget(name: f.fileName, uid: f.uid, gid: f.gid, mode: UInt32(f.mode))
    }
    if !t.configs.isEmpty {
      container.configs = t.configs.map {
        ConfigReference(file: target($0), configID: $0.objectID, configName: $0.objectName)
      }
    }
    if !t.secrets.isEmpty {
      container.secrets = t.secrets.map {
        SecretReference(file: target($0), secretID: $0.objectID, secretName: $0.objectName)
      }
    }
    if !t.mounts.isEmpty {
      container.mounts = t.mounts.map {
        EngineAPI.Mount(
          type: $0.kind.rawValue, source: $0.source, target: $0.target,
          readOnly: $0.readOnly ? true : nil,
          volumeOptions: $0.volumeLabels.isEmpty
            ? nil
            : VolumeOptions(
              labels: Dictionary(
                $0.volumeLabels.map { ($0.key, $0.value) }, uniquingKeysWith: { _, b in b })))
      }
    }
  }

  /// Network attachments with the template's aliases on each.
  static func networks(_ t: TaskTemplate) -> [NetworkAttachmentConfig] {
    t.networks.map {
      NetworkAttachmentConfig(
        target: $0, aliases: t.networkAliases.isEmpty ? nil : t.networkAliases)
    }
  }

  /// Limits and reservations into the template (zero where the request has none).
  static func apply(_ r: EngineAPI.ResourceRequirements?, to t: inout TaskTemplate) {
    t.resources.limitNanoCPUs = r?.limits?.nanoCPUs ?? 0
    t.resources.limitMemoryBytes = r?.limits?.memoryBytes ?? 0
    t.resources.reservationNanoCPUs = r?.reservations?.nanoCPUs ?? 0
    t.resources.reservationMemoryBytes = r?.reservations?.memoryBytes ?? 0
  }

  /// The template's resources as the API shows them (empty objects when unset, as docker).
  static func resources(_ t: TaskTemplate) -> EngineAPI.ResourceRequirements {
    let r = t.resources
    func value(_ v: Int64) -> Int64? { v == 0 ? nil : v }
    return EngineAPI.ResourceRequirements(
      limits: Limit(nanoCPUs: value(r.limitNanoCPUs), memoryBytes: value(r.limitMemoryBytes)),
      reservations: Resources(
        nanoCPUs: value(r.reservationNanoCPUs), memoryBytes: value(r.reservationMemoryBytes)))
  }
}
