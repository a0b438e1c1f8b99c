import DockerFormat
import EngineAPI
import GoTemplate

/// Turns a command's data into docker's text: tables through the formatter engine, inspect
/// JSON, progress frames, log lines.
public enum DockerRenderer {
  public enum Item: Sendable, Equatable {
    case stdout(String)
    case stderr(String)
    /// A progress block: every frame, the last being the screen docker leaves, and what the
    /// client writes instead to a pipe or a file.
    case animation([[String]], piped: [String])
    /// Keep printing new log lines (`-f`).
    case follow(LogFollow)
  }

  /// Renders every item; a formatting failure (a bad `--format`) ends the output with
  /// docker's message and sets `failed`.
  /// `failureCode` is the status a failure gives: 64 for a `version`/`info` template that
  /// does not parse (docker's `cli.StatusError`), 1 otherwise.
  public static func render(_ output: CommandOutput) -> (
    items: [Item], failed: Bool, failureCode: Int32
  ) {
    var items: [Item] = []
    var failed = false
    var failureCode: Int32 = 1
    for item in output.items {
      switch item {
      // Like Go's Println: each item is one printed line (or block), plus a newline.
      case .stdout(let text): items.append(.stdout(text + "\n"))
      case .stderr(let text): items.append(.stderr(text + "\n"))
      case .serviceList(let list, let options):
        let services = list.sorted { NaturalOrder.less($0.spec.name ?? "", $1.spec.name ?? "") }
        if options.quiet {
          items.append(.stdout(services.map { String($0.id.prefix(12)) + "\n" }.joined()))
          continue
        }
        failed =
          table(
            &items, options.format, ServiceContext.defaultFormat, ServiceContext.headers,
            services.map(ServiceContext.row)) || failed
      case .taskList(let list, let options, let names, let now):
        let listing = TaskListing(list, names, noResolve: options.noResolve)
        if options.list.quiet {
          items.append(.stdout(listing.order.map { list[$0].id + "\n" }.joined()))
          continue
        }
        if TaskTable.isDefault(options.list.format) {
          items.append(
            .stdout(TaskTable.render(listing, now: now, noTrunc: options.list.noTrunc)))
          continue
        }
        let format = options.list.format ?? TaskContext.defaultFormat
        let rowOptions = TaskRowOptions(
          noTrunc: options.list.noTrunc, noResolve: options.noResolve,
          isTable: format.hasPrefix("table"))
        failed =
          table(
            &items, format, TaskContext.defaultFormat, TaskContext.headers,
            TaskContext.rows(listing, now: now, options: rowOptions)) || failed
      case .nodeList(let list, let selfID, let options):
        let nodes = list.sorted {
          NaturalOrder.less($0.description.hostname ?? "", $1.description.hostname ?? "")
        }
        if options.quiet {
          items.append(.stdout(nodes.map { $0.id + "\n" }.joined()))
          continue
        }
        failed =
          table(
            &items, options.format, NodeContext.defaultFormat, NodeContext.headers,
            nodes.map { NodeContext.row($0, selfID: selfID) }) || failed
      case .containerList(let containers, let options, let now):
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
            containers.map { ContainerContext.row($0, now: now, noTrunc: options.noTrunc) },
            executionPrefix: "failed to execute template: ") || failed
      case .networkList(let list, let options):
        let networks = list.sorted { NaturalOrder.less($0.name, $1.name) }
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
      case .configList(let list, let options, let now):
        let configs = list.sorted { NaturalOrder.less($0.spec.name, $1.spec.name) }
        if options.quiet {
          items.append(.stdout(configs.map { $0.id + "\n" }.joined()))
          continue
        }
        failed =
          table(
            &items, options.format, DataObjectContext.configDefaultFormat,
            DataObjectContext.headers, configs.map { DataObjectContext.row($0, now: now) })
          || failed
      case .secretList(let list, let options, let now):
        let secrets = list.sorted { NaturalOrder.less($0.spec.name, $1.spec.name) }
        if options.quiet {
          items.append(.stdout(secrets.map { $0.id + "\n" }.joined()))
          continue
        }
        failed =
          table(
            &items, options.format, DataObjectContext.secretDefaultFormat,
            DataObjectContext.headers, secrets.map { DataObjectContext.row($0, now: now) })
          || failed
      case .volumeList(let list, let options):
        let volumes = list.sorted { NaturalOrder.less($0.name, $1.name) }
        if options.quiet {
          items.append(.stdout(volumes.map { $0.name + "\n" }.joined()))
          continue
        }
        failed =
          table(
            &items, options.format, VolumeContext.defaultFormat, VolumeContext.headers,
            volumes.map(VolumeContext.row)) || failed
      case .configPretty(let config): items.append(.stdout(PrettyInspect.config(config)))
      case .secretPretty(let secret): items.append(.stdout(PrettyInspect.secret(secret)))
      case .inspect(let request):
        var elements = request.objects.map { InspectRenderer.Element.value($0.templateValue) }
        elements += request.failures.map(InspectRenderer.Element.failure)
        let rendered = InspectRenderer.render(
          elements, format: request.format, statusWrapped: request.statusWrapped)
        if !rendered.stdout.isEmpty { items.append(.stdout(rendered.stdout)) }
        if let error = rendered.error {
          items.append(.stderr(line(error)))
          failed = true
          failureCode = rendered.failureCode
        }
      case .servicePretty(let service, let names, let now):
        items.append(.stdout(PrettyInspect.service(service, names, now: now)))
      case .nodePretty(let node):
        items.append(.stdout(PrettyInspect.node(node)))
      case .logs(let messages, let format):
        for entry in LogText.lines(messages, format) {
          items.append(entry.isStderr ? .stderr(entry.text + "\n") : .stdout(entry.text + "\n"))
        }
      case .follow(let request): items.append(.follow(request))
      case .progress(let report):
        let header = ProgressText.header(report)
        if !header.isEmpty { items.append(.stdout(header.map { $0 + "\n" }.joined())) }
        items.append(
          .animation(ProgressText.frames(report), piped: ProgressText.nonTerminal(report)))
        let trailer = ProgressText.trailer(report)
        if !trailer.isEmpty { items.append(.stdout(trailer.map { $0 + "\n" }.joined())) }
      case .version(let server, let format):
        guard let format else {
          items.append(.stdout(SystemText.version(server)))
          continue
        }
        failed =
          formatted(
            &items, format, SystemValues.version(server), name: "version", code: &failureCode)
          || failed
      case .info(let info, let format):
        guard let format else {
          items.append(.stdout(SystemText.info(info)))
          continue
        }
        // The 20.10 CLI formats its own `system.info`, which embeds `types.Info`.
        var value = GoValueEncoder.encode(info)
        if case .object(_, let fields) = value {
          value = .object(type: "system.info", fields: fields)
        }
        failed = formatted(&items, format, value, code: &failureCode) || failed
      }
      if failed { break }
    }
    return (coalesce(items), failed, failureCode)
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
      // One line: a real 20.10 engine (both clients) prints no blank line after it.
      items.append(.stderr(line(message)))
      return true
    }
  }

  /// One value through a `--format` template (`docker info -f`), errors as docker prints them.
  private static func formatted(
    _ items: inout [Item], _ format: String, _ value: TemplateValue, name: String = "",
    code: inout Int32
  ) -> Bool {
    let template: Template
    do {
      template = try Template(name: name, format, functions: Template.dockerFunctions)
    } catch {
      items.append(.stderr(line("template parsing error: " + error.message)))
      code = 64
      return true
    }
    // Go writes as it executes, and the CLI ends the line even when the template fails.
    let (output, error) = template.executePartially(value)
    items.append(.stdout(output + "\n"))
    guard let error else { return false }
    items.append(.stderr(line(error.message)))
    return true
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

extension InspectObject {
  /// The object as Go templates and `GoJSON` see it.
  var templateValue: TemplateValue {
    switch self {
    case .service(let v): GoValueEncoder.encode(v)
    case .task(let v): GoValueEncoder.encode(v)
    case .node(let v): GoValueEncoder.encode(v)
    case .container(let v): GoValueEncoder.encode(v)
    case .network(let v): GoValueEncoder.encode(v)
    case .swarm(let v): GoValueEncoder.encode(v)
    case .config(let v): GoValueEncoder.encode(v)
    case .secret(let v): GoValueEncoder.encode(v)
    case .volume(let v): GoValueEncoder.encode(v)
    }
  }
}
