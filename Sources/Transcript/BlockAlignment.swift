/// One step of turning an expected block into the actual output, as a line diff.
enum BlockEdit: Equatable, Sendable {
  /// The expected entry stays: it matched `actual`, or it is a `...` line (actual nil).
  case keep(expected: Int, actual: Int?)
  case remove(expected: Int)
  case add(actual: Int)
}

/// Aligns an expected block with actual entries by fewest added and removed lines, so that
/// wildcard lines that matched, and `...` runs, appear as unchanged context.
enum BlockAlignment {
  static func align(
    _ expected: [ExpectedEntry], _ actual: [ActualEntry], captures: Captures
  ) -> [BlockEdit] {
    let rows = expected.count
    let columns = actual.count
    let width = columns + 1
    let unreachable = Int.max / 2
    // cost[i * width + j]: fewest edits to align expected[i...] with actual[j...].
    var cost = [Int](repeating: unreachable, count: (rows + 1) * width)
    var matches = [Bool](repeating: false, count: rows * max(columns, 1))
    for i in 0..<rows {
      for j in 0..<columns {
        matches[i * columns + j] =
          BlockMatcher.entryMatches(expected[i], actual[j], captures) != nil
      }
    }
    func isLine(_ j: Int) -> Bool {
      if case .line = actual[j] { return true }
      return false
    }
    for i in stride(from: rows, through: 0, by: -1) {
      for j in stride(from: columns, through: 0, by: -1) {
        if i == rows {
          cost[i * width + j] = columns - j
          continue
        }
        var best = 1 + cost[(i + 1) * width + j]
        if j < columns { best = min(best, 1 + cost[i * width + j + 1]) }
        if case .anyLines = expected[i] {
          best = min(best, cost[(i + 1) * width + j])
          if j < columns, isLine(j) { best = min(best, cost[i * width + j + 1]) }
        } else if j < columns, matches[i * columns + j] {
          best = min(best, cost[(i + 1) * width + j + 1])
        }
        cost[i * width + j] = best
      }
    }
    // Walk the cheapest path, preferring a match, then removals before additions.
    var edits: [BlockEdit] = []
    var i = 0
    var j = 0
    while i < rows || j < columns {
      let here = cost[i * width + j]
      if i < rows, case .anyLines = expected[i] {
        if here == cost[(i + 1) * width + j] {
          edits.append(.keep(expected: i, actual: nil))
          i += 1
          continue
        } else if j < columns, isLine(j), here == cost[i * width + j + 1] {
          j += 1  // absorbed by the `...` line
          continue
        }
      }
      if i < rows, j < columns, matches[i * columns + j], here == cost[(i + 1) * width + j + 1] {
        edits.append(.keep(expected: i, actual: j))
        i += 1
        j += 1
      } else if i < rows, here == 1 + cost[(i + 1) * width + j] {
        edits.append(.remove(expected: i))
        i += 1
      } else {
        edits.append(.add(actual: j))
        j += 1
      }
    }
    return enforceCaptures(edits, expected, actual, captures)
  }

  /// Re-checks kept lines in order with captures accumulating; a line whose capture conflicts
  /// with an earlier binding becomes a removal plus an addition, so the diff shows it.
  private static func enforceCaptures(
    _ edits: [BlockEdit], _ expected: [ExpectedEntry], _ actual: [ActualEntry], _ start: Captures
  ) -> [BlockEdit] {
    var captures = start
    var result: [BlockEdit] = []
    for edit in edits {
      guard case .keep(let e, let a?) = edit else {
        result.append(edit)
        continue
      }
      if let bound = BlockMatcher.entryMatches(expected[e], actual[a], captures) {
        captures = bound
        result.append(edit)
      } else {
        result += [.remove(expected: e), .add(actual: a)]
      }
    }
    return result
  }
}
