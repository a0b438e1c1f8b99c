import EngineAPI
import SwarmCore

/// The daemon's filters for configs, secrets and volumes (moby 20.10's accepted keys). Several
/// values of one key are alternatives, except `label`, where every one must hold.
extension Filters {
  /// Configs: `id`, `label`, `name` (prefix); secrets also `names` (exact).
  static func dataObjects(_ objects: [DataObject], kind: DataObject.Kind, _ filters: FilterArgs)
    throws(EngineError) -> [DataObject]
  {
    let accepted = kind == .secret ? ["id", "label", "name", "names"] : ["id", "label", "name"]
    if let key = filters.firstInvalidKey(accepted: accepted) {
      throw .invalidParameter("Invalid filter '\(key)'")
    }
    return objects.filter { object in
      filters.fields.allSatisfy { key, values in
        switch key {
        case "id": values.contains { object.id.hasPrefix($0) }
        case "name": values.contains { object.name.hasPrefix($0) }
        case "names": values.contains(object.name)
        default: values.allSatisfy { matches(object.labels, $0) }
        }
      }
    }
  }

  /// Volumes: `dangling` (true/false/1/0), `driver`, `label`, `name` (substring).
  static func volumes(_ volumes: [SwarmCore.Volume], inUse: Set<String>, _ filters: FilterArgs)
    throws(EngineError) -> [SwarmCore.Volume]
  {
    for (key, values) in filters.fields {
      guard ["dangling", "driver", "label", "name"].contains(key) else {
        throw .invalidParameter("Invalid filter '\(key)'")
      }
      for value in values where key == "dangling" {
        guard ["true", "false", "1", "0"].contains(value.lowercased()) else {
          throw .invalidParameter("Invalid filter 'dangling=[\(value)]'")
        }
      }
    }
    return volumes.filter { volume in
      filters.fields.allSatisfy { key, values in
        switch key {
        case "dangling":
          values.contains {
            ["true", "1"].contains($0.lowercased()) != inUse.contains(volume.name)
          }
        case "driver": values.contains(volume.driver)
        case "name": values.contains { volume.name.contains($0) }
        default: values.allSatisfy { matches(volume.labels, $0) }
        }
      }
    }
  }

  /// `volume prune`: only `label` and `label!` are accepted.
  static func pruneVolumes(_ volumes: [SwarmCore.Volume], _ filters: FilterArgs)
    throws(EngineError) -> [SwarmCore.Volume]
  {
    if let key = filters.firstInvalidKey(accepted: ["label", "label!"]) {
      throw .invalidParameter("Invalid filter '\(key)'")
    }
    return volumes.filter { volume in
      filters.fields.allSatisfy { key, values in
        key == "label"
          ? values.allSatisfy { matches(volume.labels, $0) }
          : !values.contains { matches(volume.labels, $0) }
      }
    }
  }
}
