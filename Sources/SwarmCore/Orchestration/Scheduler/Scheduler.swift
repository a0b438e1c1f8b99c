import HeapModule
import OrderedCollections

/// Picks a node for each pending task, as swarmkit's scheduler does: the nodes that pass
/// every filter (ready and active, constraints, `--replicas-max-per-node`) are ranked by the
/// placement preferences (the label value holding the fewest tasks of the service first),
/// then by the fewest tasks of the service, then the fewest tasks overall, then join order.
/// Only pending tasks are placed: a node that joins later gets nothing until tasks are
/// replaced (`service update --force`).
///
/// Tasks that share a service and filters share one `NodeQueue`, so placing a task costs
/// O(log n) rather than a ranking of every node.
enum Scheduler {
  static func reconcile(_ cluster: inout Cluster) -> Bool {
    cluster.refreshTaskIndex()
    guard !cluster.taskIndex.pending.isEmpty else { return false }
    // Positions of pending tasks in table order; the scheduler never adds or removes tasks,
    // so positions stay valid and tasks are changed in place.
    let pending = TaskIndex.positions(of: cluster.taskIndex.pending.elements, cluster.state)
    var changed = false
    let now = cluster.now
    let nodes = Array(cluster.state.nodes.values)
    var load = NodeLoad(cluster.state, cluster.taskIndex)
    var queues: [NodeQueue.Key: NodeQueue] = [:]
    for index in pending {
      let task = cluster.state.tasks.values[index]
      if task.desiredState > .running {
        cluster.state.tasks[position: index].setStatus(.shutdown, message: "shutdown", now: now)
        changed = true
        continue
      }
      let chosen: Int?
      let explanation: String
      if let fixed = task.nodeID {
        // Global tasks are made for one node and wait for it.
        chosen = cluster.state.nodes.index(forKey: fixed).flatMap {
          nodes[$0].state == .ready ? $0 : nil
        }
        explanation = "no suitable node (1 node not available for new tasks)"
      } else if !task.template.placementPreferences.isEmpty {
        var pipeline = FilterPipeline(
          template: task.template, serviceID: task.serviceID, load: load)
        let eligible = nodes.indices.filter { pipeline.admits(nodes[$0]) }
        chosen = best(of: eligible, for: task, load: load, nodes: nodes)
        explanation = pipeline.explanation
      } else {
        let key = NodeQueue.Key(task)
        var queue = queues.removeValue(forKey: key) ?? NodeQueue(key, nodes: nodes, load: load)
        chosen = queue.next(load)
        explanation = queue.explanation
        queues[key] = queue
      }
      guard let node = chosen else {
        if task.status.err != explanation {
          cluster.state.tasks[position: index].status.err = explanation
          changed = true
        }
        continue
      }
      load.add(serviceID: task.serviceID, node: node)
      cluster.state.tasks[position: index].nodeID = nodes[node].id
      cluster.state.tasks[position: index].setStatus(
        .assigned, message: "scheduler assigned task to node", now: now)
      changed = true
    }
    return changed
  }

  /// The preferred node (by position) among eligible ones; ties keep join order.
  static func best(of eligible: [Int], for task: SwarmTask, load: NodeLoad, nodes: [Node]) -> Int? {
    let preferences = task.template.placementPreferences.compactMap(SpreadPreference.init)
    func rank(_ node: Int) -> [Int] {
      preferences.map {
        $0.tasks(ofService: task.serviceID, inGroupOf: nodes[node], nodes: nodes, load: load)
      }
        + [load.tasks(ofService: task.serviceID, on: node), load.tasks(on: node)]
    }
    return eligible.min { rank($0).lexicographicallyPrecedes(rank($1)) }
  }
}

/// The nodes eligible for one kind of task (a service and its filters), in a heap ordered as
/// the scheduler ranks them: tasks of the service, then tasks overall, then join order.
///
/// Within one scheduling pass counts only grow, so an entry's key can only be stale low: when
/// the minimum is stale it is pushed back with its current counts, and the first current
/// minimum is the true one. A node at `--replicas-max-per-node` leaves the heap for the pass.
struct NodeQueue {
  /// What decides which nodes a task may use, besides the counts.
  struct Key: Hashable {
    var serviceID: String
    var constraints: [Constraint?]
    var maxReplicas: Int

    init(_ task: SwarmTask) {
      serviceID = task.serviceID
      constraints = task.template.placementConstraints
      maxReplicas = task.template.maxReplicasPerNode
    }
  }

  private struct Entry: Comparable {
    var serviceTasks: Int
    var tasks: Int
    var node: Int

    static func < (a: Entry, b: Entry) -> Bool {
      (a.serviceTasks, a.tasks, a.node) < (b.serviceTasks, b.tasks, b.node)
    }
  }

  private let key: Key
  private var heap: Heap<Entry>
  /// Nodes failing the static filters (readiness, constraints), counted once for the pass.
  private var notReady = 0
  private var notMatching = 0
  private var full = 0

  init(_ key: Key, nodes: [Node], load: NodeLoad) {
    self.key = key
    let constraints = key.constraints
    var entries: [Entry] = []
    for (index, node) in nodes.enumerated() {
      if !node.acceptsTasks {
        notReady += 1
      } else if !Placement.satisfies(node, constraints) {
        notMatching += 1
      } else {
        entries.append(
          Entry(
            serviceTasks: load.tasks(ofService: key.serviceID, on: index),
            tasks: load.tasks(on: index), node: index))
      }
    }
    heap = Heap(entries)
  }

  /// The node the next task goes to, or nil when none is eligible.
  mutating func next(_ load: NodeLoad) -> Int? {
    while let top = heap.popMin() {
      let current = Entry(
        serviceTasks: load.tasks(ofService: key.serviceID, on: top.node),
        tasks: load.tasks(on: top.node), node: top.node)
      if current != top {
        heap.insert(current)
        continue
      }
      if key.maxReplicas > 0 && current.serviceTasks >= key.maxReplicas {
        full += 1
        continue
      }
      // Back in the heap with the task about to be added.
      heap.insert(Entry(serviceTasks: top.serviceTasks + 1, tasks: top.tasks + 1, node: top.node))
      return top.node
    }
    return nil
  }

  /// swarmkit's reason when no node is eligible (the filters in pipeline order, most
  /// failures first), as `FilterPipeline.explanation` words it.
  var explanation: String {
    FilterPipeline.explanation([notReady, notMatching, full])
  }
}

/// Tasks counted per node (all services) and per service and node, by node position. As in
/// swarmkit, a task counts until its actual state passes running, so a task told to stop
/// still weighs on its node: that is what makes `service update --force` move replicas to an
/// empty node.
struct NodeLoad {
  private let nodeIDs: OrderedSet<String>
  private var total: [Int]
  private var perService: [String: [Int]] = [:]

  /// The load the task index counts, by node position.
  init(_ state: ClusterState, _ index: TaskIndex) {
    nodeIDs = state.nodes.keys
    total = nodeIDs.map { index.nodeTasks[$0] ?? 0 }
    for (serviceID, counts) in index.serviceNodeTasks {
      // Filled per service key: the dictionary's order decides nothing.
      perService[serviceID] = nodeIDs.map { counts[$0] ?? 0 }
    }
  }

  mutating func add(serviceID: String, node: Int) {
    total[node] += 1
    perService[serviceID, default: Array(repeating: 0, count: nodeIDs.count)][node] += 1
  }

  func tasks(on node: Int) -> Int { total[node] }

  func tasks(ofService serviceID: String, on node: Int) -> Int {
    perService[serviceID]?[node] ?? 0
  }

  func tasks(ofService serviceID: String, on nodeID: String) -> Int {
    nodeIDs.firstIndex(of: nodeID).map { tasks(ofService: serviceID, on: $0) } ?? 0
  }
}

/// `--placement-pref spread=node.labels.KEY`: spread a service's tasks evenly over the values
/// of a node label; nodes without the label form one more group.
struct SpreadPreference {
  var labelKey: String

  init?(_ text: String) {
    let prefix = "spread=node.labels."
    guard text.hasPrefix(prefix), text.count > prefix.count else { return nil }
    labelKey = String(text.dropFirst(prefix.count))
  }

  func value(of node: Node) -> String? { node.labels.first { $0.key == labelKey }?.value }

  /// Tasks of the service on all nodes sharing this node's label value.
  func tasks(ofService serviceID: String, inGroupOf node: Node, nodes: [Node], load: NodeLoad)
    -> Int
  {
    let group = value(of: node)
    return nodes.indices.filter { value(of: nodes[$0]) == group }.reduce(0) {
      $0 + load.tasks(ofService: serviceID, on: $1)
    }
  }
}
