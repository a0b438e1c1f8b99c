/// Go's predefined template functions (`text/template/funcs.go`) other than `and`/`or`.
enum Builtins {
  typealias Failure = TemplateFunctionError

  static func call(_ name: String, _ args: [TemplateValue?]) throws(Failure) -> TemplateValue? {
    switch name {
    case "not": return .bool(!Executor.isTrue(args[0]))
    case "len": return try length(args[0])
    case "index": return try index(args[0], Array(args.dropFirst()))
    case "slice": return try slice(args[0], Array(args.dropFirst()))
    case "print": return .string(sprint(args.map { $0 ?? .null }))
    case "println": return .string(sprintln(args.map { $0 ?? .null }))
    case "printf":
      guard case .string(let format)? = args[0] else { return .string("") }
      return .string(GoFormat.sprintf(format, args.dropFirst().map { $0 ?? .null }))
    case "eq": return .bool(try equal(args[0], Array(args.dropFirst())))
    case "ne": return .bool(!(try equal(args[0], [args[1]])))
    case "lt": return .bool(try less(args[0], args[1]))
    case "le", "gt":
      let lessThan = try less(args[0], args[1])
      let same = try equal(args[0], [args[1]])
      return .bool((lessThan || same) == (name == "le"))
    case "ge": return .bool(!(try less(args[0], args[1])))
    case "html": return .string(TextEscaping.html(evalArgs(args)))
    case "js": return .string(TextEscaping.javascript(evalArgs(args)))
    case "urlquery": return .string(TextEscaping.queryEscape(evalArgs(args)))
    case "call":
      guard let fn = args[0], fn != .null else { throw Failure("call of nil") }
      throw Failure("non-function of type \(fn.goTypeName)")
    default: throw Failure("\(name) is not a defined function")
    }
  }

  /// `fmt.Sprint`: spaces only between operands when neither side is a string.
  static func sprint(_ args: [TemplateValue]) -> String {
    var out = ""
    var previousIsString = false
    for (i, arg) in args.enumerated() {
      var isString = false
      if case .string = arg { isString = true }
      if i > 0 && !isString && !previousIsString { out += " " }
      out += GoPrint.format(arg, plus: false)
      previousIsString = isString
    }
    return out
  }

  static func sprintln(_ args: [TemplateValue]) -> String {
    args.map { GoPrint.format($0, plus: false) }.joined(separator: " ") + "\n"
  }

  /// Go's `evalArgs` for html/js/urlquery: a lone string is used as is.
  static func evalArgs(_ args: [TemplateValue?]) -> String {
    if args.count == 1, case .string(let s)? = args[0] { return s }
    return sprint(args.map { $0 ?? .null })
  }

  static func length(_ item: TemplateValue?) throws(Failure) -> TemplateValue {
    switch item {
    case .string(let s)?: return .int(Int64(s.utf8.count))
    case .array(let a)?: return .int(Int64(a.count))
    case .map(let m)?: return .int(Int64(m.count))
    case nil, .null?: throw Failure("len of nil pointer")
    case let v?: throw Failure("len of type \(v.goTypeName)")
    }
  }

  private static func indexArg(_ index: TemplateValue?, _ cap: Int) throws(Failure) -> Int {
    let x: Int64
    switch index {
    case .int(let i)?: x = i
    case .uint(let u)?: x = Int64(truncatingIfNeeded: u)
    case .duration(let d)?: x = d
    case nil, .null?: throw Failure("cannot index slice/array with nil")
    case let v?: throw Failure("cannot index slice/array with type \(v.goTypeName)")
    }
    if x < 0 || x > Int64(cap) { throw Failure("index out of range: \(x)") }
    return Int(x)
  }

  static func index(_ item: TemplateValue?, _ indexes: [TemplateValue?]) throws(Failure)
    -> TemplateValue?
  {
    guard var current = item, current != .null || indexes.isEmpty else {
      throw Failure(item == nil ? "index of untyped nil" : "index of nil pointer")
    }
    for index in indexes {
      switch current {
      case .array(let items):
        let x = try indexArg(index, items.count)
        guard x < items.count else { throw Failure("reflect: slice index out of range") }
        current = items[x]
      case .string(let s):
        let bytes = Array(s.utf8)
        let x = try indexArg(index, bytes.count)
        guard x < bytes.count else { throw Failure("reflect: string index out of range") }
        current = .uint(UInt64(bytes[x]))
      case .map(let fields):
        guard case .string(let key)? = index else {
          throw Failure("value has type \((index ?? .null).goTypeName); should be string")
        }
        if let found = fields.first(where: { $0.name == key }) {
          current = found.value
        } else {
          // The zero value of the element type: docker's maps are map[string]string.
          let allStrings = fields.allSatisfy { if case .string = $0.value { true } else { false } }
          current = allStrings ? .string("") : .null
        }
      case .null: throw Failure("index of nil pointer")
      default: throw Failure("can't index item of type \(current.goTypeName)")
      }
    }
    return current
  }

  static func slice(_ item: TemplateValue?, _ indexes: [TemplateValue?]) throws(Failure)
    -> TemplateValue?
  {
    guard let item, item != .null else { throw Failure("slice of untyped nil") }
    if indexes.count > 3 { throw Failure("too many slice indexes: \(indexes.count)") }
    let count: Int
    switch item {
    case .string(let s):
      if indexes.count == 3 { throw Failure("cannot 3-index slice a string") }
      count = s.utf8.count
    case .array(let a): count = a.count
    default: throw Failure("can't slice item of type \(item.goTypeName)")
    }
    var bounds = [0, count, count]
    for (i, index) in indexes.enumerated() {
      bounds[i] = try indexArg(index, count)
    }
    if indexes.count < 2 { bounds[1] = count }
    if bounds[0] > bounds[1] { throw Failure("invalid slice index: \(bounds[0]) > \(bounds[1])") }
    if indexes.count == 3 && bounds[1] > bounds[2] {
      throw Failure("invalid slice index: \(bounds[1]) > \(bounds[2])")
    }
    switch item {
    case .string(let s):
      return .string(String(decoding: Array(s.utf8)[bounds[0]..<bounds[1]], as: UTF8.self))
    case .array(let a): return .array(Array(a[bounds[0]..<bounds[1]]))
    default: return nil
    }
  }

  private enum BasicKind { case invalid, bool, int, uint, float, string }

  private static func kind(_ v: TemplateValue?) -> BasicKind {
    switch v {
    case .bool?: return .bool
    case .int?, .duration?: return .int
    case .uint?: return .uint
    case .double?: return .float
    case .string?: return .string
    default: return .invalid
    }
  }

  private static func intValue(_ v: TemplateValue?) -> Int64 {
    switch v {
    case .int(let i)?: return i
    case .duration(let d)?: return d
    default: return 0
    }
  }

  static func equal(_ a: TemplateValue?, _ others: [TemplateValue?]) throws(Failure) -> Bool {
    if others.isEmpty { throw Failure("missing argument for comparison") }
    let k1 = kind(a)
    for b in others {
      let k2 = kind(b)
      var truth = false
      if k1 != k2 {
        switch (a, b) {
        case (.int?, .uint(let u)?), (.duration?, .uint(let u)?):
          truth = intValue(a) >= 0 && UInt64(intValue(a)) == u
        case (.uint(let u)?, .int?), (.uint(let u)?, .duration?):
          truth = intValue(b) >= 0 && UInt64(intValue(b)) == u
        default:
          if a != nil && b != nil { throw Failure("incompatible types for comparison") }
        }
      } else if k1 == .int {
        truth = intValue(a) == intValue(b)
      } else {
        truth = (a ?? .null) == (b ?? .null)
      }
      if truth { return true }
    }
    return false
  }

  static func less(_ a: TemplateValue?, _ b: TemplateValue?) throws(Failure) -> Bool {
    let k1 = kind(a)
    let k2 = kind(b)
    if k1 == .invalid || k2 == .invalid || k1 == .bool || k2 == .bool {
      throw Failure("invalid type for comparison")
    }
    if k1 != k2 {
      switch (a, b) {
      case (_, .uint(let u)?) where k1 == .int: return intValue(a) < 0 || UInt64(intValue(a)) < u
      case (.uint(let u)?, _) where k2 == .int: return intValue(b) >= 0 && u < UInt64(intValue(b))
      default: throw Failure("incompatible types for comparison")
      }
    }
    switch (a, b) {
    case (.double(let x)?, .double(let y)?): return x < y
    case (.uint(let x)?, .uint(let y)?): return x < y
    case (.string(let x)?, .string(let y)?):
      return Array(x.utf8).lexicographicallyPrecedes(Array(y.utf8))
    default: return intValue(a) < intValue(b)
    }
  }
}
