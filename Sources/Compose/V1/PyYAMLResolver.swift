/// PyYAML's implicit resolvers (YAML 1.1): whether a plain scalar would read back as a string.
/// The emitter quotes any string that would not (`'3.7'`, `'500'`, `'2020-01-01'`, `''`).
enum PyYAMLResolver {
  static func resolvesAsString(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    // PyYAML looks resolvers up by the first character; only these can start a non-string.
    guard "yYnNtTfFoO-+0123456789.~<=".unicodeScalars.contains(first) else { return true }
    if [
      "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
      "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null", "NULL", "<<", "=",
    ].contains(text) {
      return false
    }
    return !(isInt(text) || isFloat(text) || isTimestamp(text))
  }

  private static var int: Regex<Substring> {
    #/[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+/#
  }
  private static var float: Regex<Substring> {
    #/[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)/#
  }
  private static var timestamp: Regex<Substring> {
    #/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?/#
  }

  private static func isInt(_ text: String) -> Bool { (try? int.wholeMatch(in: text)) != nil }
  private static func isFloat(_ text: String) -> Bool { (try? float.wholeMatch(in: text)) != nil }
  private static func isTimestamp(_ text: String) -> Bool {
    (try? timestamp.wholeMatch(in: text)) != nil
  }
}
