public import DockerCLI
import GoTemplate
public import SwarmCore

/// Turns a command's data into docker's text: tables through the formatter engine, inspect
/// JSON, progress frames, log lines.
public enum DockerRenderer {
  public enum Item: Sendable, Equatable {
    case stdout(String)
    case stderr(String)
    /// A progress block: every frame, the last being the screen docker leaves.
    case animation([[String]])
    /// Keep printing new log lines (`-f`).
    case follow(LogRequest)
  }

  /// Renders every item; a formatting failure (a bad `--format`) ends the output with
  /// docker's message and sets `failed`.
  public static func render(_ output: CommandOutput, _ cluster: Cluster) -> (
    items: [Item], failed: Bool
  ) {
    var items: [Item] = []
    var failed = false
    for item in output.items {
      switch item {
      // Like Go's Println: each item is one printed line (or block), plus a newline.
      case .stdout(let text): items.append(.stdout(text + "\n"))
      case .stderr(let text): items.append(.stderr(text + "\n"))
      case .serviceList(let ids, let options):
        let services = ids.compactMap { cluster.state.services[$0] }
          .sorted { NaturalOrder.less($0.spec.name, $1.spec.name) }
        if options.quiet {
          items.append(.stdout(services.map { String($0.id.prefix(12)) + "\n" }.joined()))
          continue
        }
        failed =
          table(
            &items, options.format, ServiceContext.defaultFormat, ServiceContext.headers,
            services.map { ServiceContext.row($0, cluster) }) || failed
      case .taskList(let ids, let options):
        let tasks = TaskContext.sorted(
          ids.compactMap { cluster.state.tasks[$0] }, cluster, noResolve: options.noResolve)
        if options.list.quiet {
          items.append(.stdout(tasks.map { $0.id + "\n" }.joined()))
          continue
        }
        let format = options.list.format ?? TaskContext.defaultFormat
        let rowOptions = TaskRowOptions(
          noTrunc: options.list.noTrunc, noResolve: options.noResolve,
          isTable: format.hasPrefix("table"))
        failed =
          table(
            &items, format, TaskContext.defaultFormat, TaskContext.headers,
            TaskContext.rows(tasks, cluster, options: rowOptions)) || failed
      case .nodeList(let ids, let options):
        let nodes = ids.compactMap { cluster.state.nodes[$0] }.sorted {
          NaturalOrder.less($0.hostname, $1.hostname)
        }
        if options.quiet {
          items.append(.stdout(nodes.map { $0.id + "\n" }.joined()))
          continue
        }
        failed =
          table(
            &items, options.format, NodeContext.defaultFormat, NodeContext.headers,
            nodes.map { NodeContext.row($0, cluster) }) || failed
      case .containerList(let ids, let options):
        let containers = ids.compactMap { cluster.state.containers[$0] }
        if options.quiet {
          items.append(
            .stdout(
              containers.map { (options.noTrunc ? $0.id : String($0.id.prefix(12))) + "\n" }
                .joined()))
          continue
        }
        failed =
          table(
            &items, options.format, ContainerContext.defaultFormat, ContainerContext.headers,
            containers.map { ContainerContext.row($0, cluster, noTrunc: options.noTrunc) },
            executionPrefix: "failed to execute template: ") || failed
      case .networkList(let ids, let options):
        let networks = ids.compactMap { cluster.state.networks[$0] }.sorted {
          NaturalOrder.less($0.name, $1.name)
        }
        if options.quiet {
          items.append(
            .stdout(
              networks.map { (options.noTrunc ? $0.id : String($0.id.prefix(12))) + "\n" }.joined())
          )
          continue
        }
        failed =
          table(
            &items, options.format, NetworkContext.defaultFormat, NetworkContext.headers,
            networks.map { NetworkContext.row($0, noTrunc: options.noTrunc) }) || failed
      case .inspect(let request):
        var elements = request.ids.compactMap { id in InspectValues.value(request.kind, id, cluster)
        }.map(InspectRenderer.Element.value)
        elements += request.failures.map(InspectRenderer.Element.failure)
        let rendered = InspectRenderer.render(elements, format: request.format)
        if !rendered.stdout.isEmpty { items.append(.stdout(rendered.stdout)) }
        if let error = rendered.error {
          items.append(.stderr(line(error)))
          failed = true
        }
      case .servicePretty(let id):
        if let service = cluster.state.services[id] {
          items.append(.stdout(PrettyInspect.service(service, cluster)))
        }
      case .nodePretty(let id):
        if let node = cluster.state.nodes[id] {
          items.append(.stdout(PrettyInspect.node(node, cluster)))
        }
      case .logs(let request):
        for entry in LogText.lines(request, cluster) {
          items.append(entry.isStderr ? .stderr(entry.text + "\n") : .stdout(entry.text + "\n"))
        }
      case .follow(let request): items.append(.follow(request))
      case .progress(let report):
        let header = ProgressText.header(report)
        if !header.isEmpty { items.append(.stdout(header.map { $0 + "\n" }.joined())) }
        items.append(.animation(ProgressText.frames(report)))
        let trailer = ProgressText.trailer(report)
        if !trailer.isEmpty { items.append(.stdout(trailer.map { $0 + "\n" }.joined())) }
      case .version(let format):
        guard let format else {
          items.append(.stdout(SystemText.version(cluster)))
          continue
        }
        failed = formatted(&items, format, SystemValues.version(cluster)) || failed
      case .info(let format):
        guard let format else {
          items.append(.stdout(SystemText.info(cluster)))
          continue
        }
        failed = formatted(&items, format, SystemValues.info(cluster)) || failed
      }
      if failed { break }
    }
    return (coalesce(items), failed)
  }

  /// Renders a listing; returns true when the template failed (the message is appended).
  private static func table(
    _ items: inout [Item], _ format: String?, _ defaultFormat: String, _ headers: [TemplateField],
    _ rows: [TemplateValue], executionPrefix: String? = nil
  ) -> Bool {
    let formatter = TableFormatter(format: format ?? defaultFormat, header: headers)
    do {
      items.append(.stdout(try formatter.render(rows)))
      return false
    } catch {
      var message = error.message
      if let executionPrefix, error.template.kind == .execution {
        message = executionPrefix + error.template.message
      }
      // docker prints the error with Println; an execution error's text already ends in a
      // newline, so a blank line follows it, as on a real engine.
      items.append(.stderr(message + "\n"))
      return true
    }
  }

  /// One value through a `--format` template (`docker info -f`), errors as docker prints them.
  private static func formatted(_ items: inout [Item], _ format: String, _ value: TemplateValue)
    -> Bool
  {
    do {
      let template = try Template(format, functions: Template.dockerFunctions)
      items.append(.stdout(try template.execute(value) + "\n"))
      return false
    } catch {
      items.append(.stderr("template: \(error.message)\n"))
      return true
    }
  }

  private static func line(_ text: String) -> String { text.hasSuffix("\n") ? text : text + "\n" }

  /// Joins neighbouring text of the same stream so callers see whole blocks.
  private static func coalesce(_ items: [Item]) -> [Item] {
    var out: [Item] = []
    for item in items {
      switch (out.last, item) {
      case (.stdout(let a)?, .stdout(let b)): out[out.count - 1] = .stdout(a + b)
      case (.stderr(let a)?, .stderr(let b)): out[out.count - 1] = .stderr(a + b)
      default: out.append(item)
      }
    }
    return out
  }
}
