import GoDurations

/// Go's value parsers (`strconv`, `time.ParseDuration`) with their exact error texts.
enum GoValue {
  /// `strconv.ParseBool`.
  static func parseBool(_ text: String) -> Bool? {
    switch text {
    case "1", "t", "T", "TRUE", "true", "True": return true
    case "0", "f", "F", "FALSE", "false", "False": return false
    default: return nil
    }
  }

  /// Magnitude of an unsigned Go integer literal (base 0: 0x, 0o, 0b, leading 0 octal, `_`).
  /// Returns .failure(true) for out of range, .failure(false) for invalid syntax.
  static func parseMagnitude(_ text: String) -> Result<UInt64, RangeFlag> {
    var digits = Substring(text)
    var radix: UInt64 = 10
    let lower = text.lowercased()
    if lower.hasPrefix("0x") {
      radix = 16
      digits = digits.dropFirst(2)
    } else if lower.hasPrefix("0o") {
      radix = 8
      digits = digits.dropFirst(2)
    } else if lower.hasPrefix("0b") {
      radix = 2
      digits = digits.dropFirst(2)
    } else if text.count > 1 && text.hasPrefix("0") {
      radix = 8
      digits = digits.dropFirst(1)
    }
    if radix != 10 { digits = Substring(digits.filter { $0 != "_" }) }
    guard !digits.isEmpty else { return .failure(.syntax) }
    var value: UInt64 = 0
    var overflow = false
    for char in digits {
      guard let digit = char.hexDigitValue, UInt64(digit) < radix else { return .failure(.syntax) }
      let (times, o1) = value.multipliedReportingOverflow(by: radix)
      let (sum, o2) = times.addingReportingOverflow(UInt64(digit))
      overflow = overflow || o1 || o2
      value = sum
    }
    return overflow ? .failure(.range) : .success(value)
  }

  /// Why an integer failed to parse.
  enum RangeFlag: Error { case syntax, range }

  /// `strconv.ParseInt(s, 0, 64)`.
  static func parseInt(_ text: String) -> Int64? { try? checkedInt(text).get() }

  /// `strconv.ParseInt(s, 0, 64)` with Go's error text.
  static func checkedInt(_ text: String) -> Result<Int64, GoError> {
    var body = text
    var negative = false
    if let first = body.first, first == "-" || first == "+" {
      negative = first == "-"
      body.removeFirst()
    }
    switch parseMagnitude(body) {
    case .failure(let why): return .failure(GoError.strconv("ParseInt", text, why))
    case .success(let magnitude):
      if negative {
        if magnitude <= UInt64(Int64.max) { return .success(-Int64(magnitude)) }
        if magnitude == UInt64(Int64.max) + 1 { return .success(Int64.min) }
      } else if magnitude <= UInt64(Int64.max) {
        return .success(Int64(magnitude))
      }
      return .failure(GoError.strconv("ParseInt", text, .range))
    }
  }

  /// `strconv.ParseUint(s, 0, 64)`.
  static func parseUint(_ text: String) -> UInt64? { try? checkedUint(text, bits: 64).get() }

  /// `strconv.ParseUint(s, 0, bits)` with Go's error text.
  static func checkedUint(_ text: String, bits: Int) -> Result<UInt64, GoError> {
    switch parseMagnitude(text) {
    case .failure(let why): return .failure(GoError.strconv("ParseUint", text, why))
    case .success(let value):
      if bits < 64 && value >= (UInt64(1) << UInt64(bits)) {
        return .failure(GoError.strconv("ParseUint", text, .range))
      }
      return .success(value)
    }
  }

  /// `time.ParseDuration`, in nanoseconds.
  static func parseDuration(_ text: String) -> Result<Int64, GoError> {
    do {
      return .success(try GoDuration.parse(text).nanoseconds)
    } catch {
      return .failure(GoError(error.message))
    }
  }
}

/// An error text as a Go library would format it.
struct GoError: Error, Equatable {
  let text: String
  init(_ text: String) { self.text = text }

  /// `strconv.NumError`'s text.
  static func strconv(_ function: String, _ input: String, _ why: GoValue.RangeFlag) -> GoError {
    let reason = why == .range ? "value out of range" : "invalid syntax"
    return GoError("strconv.\(function): parsing \"\(input)\": \(reason)")
  }
}
