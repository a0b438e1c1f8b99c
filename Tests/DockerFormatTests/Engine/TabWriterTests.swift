import DockerFormat
import Testing

/// Expected outputs are byte-exact copies of docker 20.10.24 tables (`| cat -A` checked).
@Suite struct TabWriterTests {
  @Test func serviceListWithTrailingPortsColumn() {
    let input =
      "ID\tNAME\tMODE\tREPLICAS\tIMAGE\tPORTS\n"
      + "kzhbfoybgotp\ttpl-web\treplicated\t0/1\tdiamol/ch09-access-log:latest\t*:8099->80/tcp\n"
    #expect(
      TabWriter().format(input)
        == "ID             NAME      MODE         REPLICAS   IMAGE                           PORTS\n"
        + "kzhbfoybgotp   tpl-web   replicated   0/1        diamol/ch09-access-log:latest   *:8099->80/tcp\n"
    )
  }

  @Test func emptyListsKeepHeaderPadding() {
    #expect(
      TabWriter().format("ID\tNAME\tMODE\tREPLICAS\tIMAGE\tPORTS\n")
        == "ID        NAME      MODE      REPLICAS   IMAGE     PORTS\n")
  }

  @Test func nodeList() {
    let input =
      "ID\tHOSTNAME\tSTATUS\tAVAILABILITY\tMANAGER STATUS\tENGINE VERSION\n"
      + "87tbkcxe6lcidsviqv13bimaw *\tvm\tReady\tActive\tLeader\t20.10.24+dfsg1\n"
    #expect(
      TabWriter().format(input)
        == "ID                            HOSTNAME   STATUS    AVAILABILITY   MANAGER STATUS   ENGINE VERSION\n"
        + "87tbkcxe6lcidsviqv13bimaw *   vm         Ready     Active         Leader           20.10.24+dfsg1\n"
    )
  }

  @Test func wideCharactersCountAsOneRune() {
    #expect(
      TabWriter().format("x\tNAME\tDRIVER\n日本語\ttpl-net\toverlay\n")
        == "x         NAME      DRIVER\n日本語       tpl-net   overlay\n")
    #expect(
      TabWriter().format("xé\tNAME\t\n日本語é\ttpl-net\t\n")
        == "xé        NAME      \n日本語é      tpl-net   \n")
  }

  @Test func emptyCellsAndTrailingTabsArePadded() {
    #expect(
      TabWriter().format("NAME\t\tMODE\t\ntpl-web\t\treplicated\t\n")
        == "NAME                MODE         \ntpl-web             replicated   \n")
  }

  @Test func lineWithoutTabsEndsTheColumnBlock() {
    #expect(
      TabWriter().format("NAME\tMODE\nID\ntpl-web\treplicated\nkzhbfoybgotp\n")
        == "NAME      MODE\nID\ntpl-web   replicated\nkzhbfoybgotp\n")
  }
}

/// The writer cuts a table into one flat array of cells; it must align exactly as the
/// array-per-line version it replaced (kept below as it was) on any input.
@Suite struct TabWriterEquivalenceTests {
  @Test func flatCellsAlignAsBefore() {
    let pieces = [
      "\t", "\t", "\t", "\n", "\n", "a", "web.1", "日本語", "é", "e\u{301}", "", "  ", "\r\n", "x\ty",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var inputs = ["", "\n", "\t", "a\tb\n", "a\tb", "ID\tNAME\nx\n\ty\tz\n"]
    for _ in 0..<400 {
      inputs.append((0..<(next() % 40)).map { _ in pieces[next() % pieces.count] }.joined())
    }
    for input in inputs {
      for writer in [TabWriter(), TabWriter(minWidth: 0, padding: 1, padChar: "·")] {
        let expected = ArrayPerLine(writer).format(input)
        #expect(writer.format(input) == expected, "\(input.debugDescription)")
        #expect(writer.format(Array(input.utf8)) == expected, "\(input.debugDescription)")
        if let uniform = writer.formatUniform(Array(input.utf8)) {
          #expect(uniform == expected, "\(input.debugDescription)")
        }
      }
    }
  }

  /// Tables whose lines all have the same cells take the two-pass path, and align as before;
  /// anything else is refused.
  @Test func uniformTablesAlignAsBefore() {
    let words = ["", "a", "web.1", "日本語", "e\u{301}", "Running 5 seconds ago", "  ", "\r"]
    var state: UInt64 = 0x5851_F42D_4C95_7F2D
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var uniformCount = 0
    for _ in 0..<300 {
      let columns = 1 + next() % 6
      let rows = next() % 8
      var input = (0...rows).map { _ in
        (0..<columns).map { _ in words[next() % words.count] }.joined(separator: "\t") + "\n"
      }.joined()
      // Some tables broken: a missing cell, a line without tabs, no final newline.
      switch next() % 6 {
      case 0: input += "x\n"
      case 1: input.removeLast()
      case 2: input += String(repeating: "y\t", count: columns) + "\n"
      default: break
      }
      for writer in [TabWriter(), TabWriter(minWidth: 0, padding: 1, padChar: "·")] {
        let expected = ArrayPerLine(writer).format(input)
        if let uniform = writer.formatUniform(Array(input.utf8)) {
          #expect(uniform == expected, "\(input.debugDescription)")
          uniformCount += 1
        }
      }
    }
    #expect(uniformCount > 200)
    #expect(TabWriter().formatUniform(Array("a\tb\nc\n".utf8)) == nil)
    #expect(TabWriter().formatUniform(Array("a\tb\nc\td".utf8)) == nil)
    #expect(TabWriter().formatUniform(Array("ab\ncd\n".utf8)) == nil)
  }

  /// The previous `TabWriter`, a `[Cell]` per line.
  struct ArrayPerLine {
    let minWidth: Int
    let padding: Int
    let padChar: Character

    init(_ writer: TabWriter) {
      minWidth = writer.minWidth
      padding = writer.padding
      padChar = writer.padChar
    }

    struct Cell {
      var start: Int
      var end: Int
      var width: Int
    }

    func format(_ text: String) -> String {
      let input = Array(text.utf8)
      var out: [UInt8] = []
      var lines: [[Cell]] = [[]]
      var start = 0
      var width = 0
      func terminateCell(at end: Int) -> Int {
        lines[lines.count - 1].append(Cell(start: start, end: end, width: width))
        start = end + 1
        width = 0
        return lines[lines.count - 1].count
      }
      for (i, byte) in input.enumerated() {
        switch byte {
        case UInt8(ascii: "\t"):
          _ = terminateCell(at: i)
        case UInt8(ascii: "\n"):
          let cells = terminateCell(at: i)
          lines.append([])
          if cells == 1 {
            flush(&lines, input, into: &out)
          }
        default:
          if byte & 0xC0 != 0x80 { width += 1 }
        }
      }
      if start < input.count { _ = terminateCell(at: input.count) }
      flush(&lines, input, into: &out)
      return String(decoding: out, as: UTF8.self)
    }

    func flush(_ lines: inout [[Cell]], _ input: [UInt8], into out: inout [UInt8]) {
      var widths: [Int] = []
      formatBlock(lines, input, &widths, 0, lines.count, into: &out)
      lines = [[]]
    }

    func formatBlock(
      _ lines: [[Cell]], _ input: [UInt8], _ widths: inout [Int], _ start: Int, _ end: Int,
      into out: inout [UInt8]
    ) {
      var line0 = start
      let column = widths.count
      var this = start
      while this < end {
        if column >= lines[this].count - 1 {
          this += 1
          continue
        }
        writeLines(lines, input, widths, line0, this, into: &out)
        line0 = this
        var width = minWidth
        while this < end, column < lines[this].count - 1 {
          width = max(width, lines[this][column].width + padding)
          this += 1
        }
        widths.append(width)
        formatBlock(lines, input, &widths, line0, this, into: &out)
        widths.removeLast()
        line0 = this
      }
      writeLines(lines, input, widths, line0, end, into: &out)
    }

    func writeLines(
      _ lines: [[Cell]], _ input: [UInt8], _ widths: [Int], _ start: Int, _ end: Int,
      into out: inout [UInt8]
    ) {
      guard start < end else { return }
      let pad = Array(String(padChar).utf8)
      for i in start..<end {
        for (j, c) in lines[i].enumerated() {
          out.append(contentsOf: input[c.start..<c.end])
          if j < widths.count {
            for _ in 0..<max(0, widths[j] - c.width) { out.append(contentsOf: pad) }
          }
        }
        if i + 1 < lines.count { out.append(UInt8(ascii: "\n")) }
      }
    }
  }
}
