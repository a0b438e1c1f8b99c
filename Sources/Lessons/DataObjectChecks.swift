public import EngineAPI

/// The chapter 13 checks, read through the Engine API as a docker client sees the objects:
/// `config: NAME`, `secret: NAME`, `volume: NAME` (on the engine the learner talks to) and
/// `no-stack: NAME` (no service or network carries the stack's namespace label).
public enum DataObjectCheck: Sendable, Hashable {
  case config(String)
  case secret(String)
  case volume(String)
  case noStack(String)

  /// The check names a lesson file may use.
  static let vocabulary = ["config", "secret", "volume", "no-stack"]

  static func parse(_ name: String, _ value: String) -> DataObjectCheck? {
    switch name {
    case "config": .config(value)
    case "secret": .secret(value)
    case "volume": .volume(value)
    case "no-stack": .noStack(value)
    default: nil
    }
  }

  /// Whether it holds, as the engine behind `view` answers (an unreachable engine fails it).
  func evaluate(_ view: EngineView) -> CheckOutcome {
    switch self {
    case .config(let name):
      let found =
        (try? view.client.configList(ListOptions(filters: names(name))))?
        .contains { $0.spec.name == name } ?? false
      return found ? .pass : .fail("There is no config named \(name) (docker config ls).")
    case .secret(let name):
      let found =
        (try? view.client.secretList(ListOptions(filters: names(name))))?
        .contains { $0.spec.name == name } ?? false
      return found ? .pass : .fail("There is no secret named \(name) (docker secret ls).")
    case .volume(let name):
      let found = (try? view.client.volumeInspect(name)) != nil
      return found ? .pass : .fail("There is no volume named \(name) (docker volume ls).")
    case .noStack(let stack):
      let label = "com.docker.stack.namespace"
      let left =
        view.services.contains { $0.spec.labels[label] == stack }
        || view.networks.contains { $0.labels[label] == stack }
      return !left
        ? .pass : .fail("The stack \(stack) still exists (docker stack rm \(stack)).")
    }
  }

  /// How the check reads in a step's summary.
  var description: String {
    switch self {
    case .config(let name): "a config named \(name)"
    case .secret(let name): "a secret named \(name)"
    case .volume(let name): "a volume named \(name)"
    case .noStack(let name): "no stack named \(name)"
    }
  }

  private func names(_ name: String) -> FilterArgs { FilterArgs([("name", name)]) }
}
