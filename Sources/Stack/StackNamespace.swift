/// A stack's name as docker/cli's `convert.Namespace` uses it: the prefix of every object the
/// stack creates (`todo_todo-web`) and the label that finds them again.
public struct StackNamespace: Sendable, Equatable {
  /// The label every stack object carries (`com.docker.stack.namespace=todo`).
  public static let namespaceLabel = "com.docker.stack.namespace"
  /// The label that keeps the image as the compose file wrote it.
  public static let imageLabel = "com.docker.stack.image"

  public var name: String

  public init(_ name: String) { self.name = name }

  /// `todo` + `todo-web` → `todo_todo-web`.
  public func scope(_ object: String) -> String { name + "_" + object }

  /// `labels` with the namespace label added.
  func labels(_ labels: [String: String] = [:]) -> [String: String] {
    var result = labels
    result[Self.namespaceLabel] = name
    return result
  }
}
