import DockerCLI
import Engine
import ShellSyntax
import SwarmCore

/// Tab completion: the docker command tree, each command's flags, and live names from the
/// simulated cluster (services, nodes, containers, networks, catalog images).
extension Session {
  /// Full candidates for the word being typed at the end of `lineBeforeCursor`, sorted.
  public func completions(_ lineBeforeCursor: String) -> [String] {
    let context = ShellParser.completionContext(lineBeforeCursor)
    let partial = context.partial
    let candidates = candidates(words: context.words, partial: partial)
    var seen: [String] = []
    for c in candidates where c.hasPrefix(partial) && !seen.contains(c) { seen.append(c) }
    return seen.sorted()
  }

  private func candidates(words: [String], partial: String) -> [String] {
    if openExec != nil {
      // busybox sh completes its applets (first word) and nothing else SwarmLab knows.
      return words.isEmpty ? Engine.execApplets : []
    }
    guard let first = words.first else {
      return registry.commandNames
    }
    guard first == "docker" else { return [] }
    // Walk the command path through the grammar, skipping flags and their values.
    var path: [String] = []
    var positional: [String] = []
    var index = 1
    while index < words.count {
      let word = words[index]
      if word.hasPrefix("-") {
        if !word.contains("="), DockerGrammar.flagTakesValue(path: path, flag: word) { index += 1 }
      } else if positional.isEmpty, DockerGrammar.subcommands(of: path).contains(word) {
        path.append(word)
      } else {
        positional.append(word)
      }
      index += 1
    }
    // A flag's value?
    if let last = words.last, words.count > 1, last.hasPrefix("-"), !last.contains("="),
      DockerGrammar.flagTakesValue(path: path, flag: last)
    {
      return flagValues(last)
    }
    if partial.hasPrefix("-") { return DockerGrammar.flags(of: path) }
    var subs = DockerGrammar.subcommands(of: path)
    // At the top, offer what SwarmLab simulates: `docker se<Tab>` means `service`, not the
    // `search` and `secret` commands that would only answer "not simulated".
    if path.isEmpty { subs = subs.filter(Self.simulatedCommands.contains) }
    if !subs.isEmpty && positional.isEmpty { return subs }
    return objectNames(for: path, position: positional.count)
  }

  private func flagValues(_ flag: String) -> [String] {
    switch flag {
    case "--network", "--network-add", "--network-rm": networkNames
    case "--image": imageNames
    case "--mode": ["replicated", "global"]
    case "--driver", "-d": ["overlay", "bridge"]
    case "--availability": ["active", "pause", "drain"]
    case "--restart-condition": ["none", "on-failure", "any"]
    case "--update-failure-action": ["pause", "continue", "rollback"]
    case "--update-order", "--rollback-order": ["stop-first", "start-first"]
    default: []
    }
  }

  private func objectNames(for path: [String], position: Int) -> [String] {
    let state = cluster.state
    switch path.first {
    case "service":
      if path.count > 1 && path[1] == "create" { return position == 0 ? imageNames : [] }
      if path.count > 1 && path[1] == "scale" {
        return state.services.values.map { $0.spec.name + "=" }
      }
      return state.services.values.map(\.spec.name)
    case "node":
      return state.nodes.values.map(\.hostname) + state.nodes.values.map(\.id)
    case "container", "ps", "rm", "logs", "exec", "stop", "kill", "inspect":
      let local = state.containers.values.filter { $0.nodeID == cluster.currentMachine }
      return local.map(\.name) + local.map { String($0.id.prefix(12)) }
    case "network":
      return networkNames
    case "swarm":
      return path.count > 1 && path[1] == "join-token" ? ["worker", "manager"] : []
    default:
      return []
    }
  }

  /// The top-level docker commands the command tree carries out (some form of).
  static let simulatedCommands = CommandTree.root.subcommands.filter(\.isCarriedOut).map(\.name)

  private var networkNames: [String] { cluster.state.networks.values.map(\.name) }

  private var imageNames: [String] { cluster.catalog.images.map(\.reference) }
}
