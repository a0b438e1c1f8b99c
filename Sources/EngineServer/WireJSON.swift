import DockerFormat
public import EngineAPI
import Foundation
import GoTemplate

/// JSON as dockerd writes and reads it: Go field names from the types' coding keys, one
/// value per line, and Go's `encoding/json` wording for bodies it cannot read.
public enum WireJSON {
  /// Encodes a response body. `offset` shifts every timestamp (see `Timestamp.wireOffsetKey`).
  ///
  /// Keys come in Go's struct order, as dockerd's `encoding/json` writes them: the docker CLI
  /// prints `inspect`'s raw body as it came (indented), so the order on the wire is the order
  /// a learner sees. Foundation's JSONEncoder on Linux does not keep declaration order.
  public static func encode<T: Encodable>(_ value: T, timestampOffset offset: Int64 = 0)
    throws -> [UInt8]
  {
    let value = GoValueEncoder.encode(value, timestampOffset: offset)
    return Array(GoJSON.marshal(value).utf8) + [UInt8(ascii: "\n")]
  }

  public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
    try JSONDecoder().decode(type, from: Data(bytes))
  }

  /// Decodes a request body, turning failures into dockerd's 400 with a message in the spirit
  /// of Go's decoder (`json: cannot unmarshal string into Go struct field …`).
  static func body<T: Decodable>(_ type: T.Type, _ request: APIRequest) throws(EngineError) -> T {
    try body(type, request, over: nil)
  }

  /// Decodes a body laid over `defaults` (a complete value's JSON): clients such as docker-py
  /// send only the fields they set, where Go's decoder keeps the zero value of the rest.
  static func body<T: Decodable>(_ type: T.Type, _ request: APIRequest, over defaults: [UInt8]?)
    throws(EngineError) -> T
  {
    guard !request.body.isEmpty else {
      throw .invalidParameter("got EOF while reading request body")
    }
    do {
      // Go writes nil maps and slices as `null`; SwarmLab's types model them as empty.
      var object = dropNulls(
        try JSONSerialization.jsonObject(with: Data(request.body), options: [.fragmentsAllowed]))
      if let defaults {
        object = merge(try JSONSerialization.jsonObject(with: Data(defaults)), object)
      }
      let cleaned = try JSONSerialization.data(
        withJSONObject: object, options: [.fragmentsAllowed])
      return try JSONDecoder().decode(type, from: cleaned)
    } catch let error as DecodingError {
      throw .invalidParameter(describe(error, goType: "\(T.self)"))
    } catch {
      // JSONSerialization's own wording varies by platform; dockerd says what Go's decoder says.
      throw .invalidParameter("invalid character in request body: the body is not valid JSON")
    }
  }

  /// The body with the keys of its top-level object `field` renamed (unchanged when it is not
  /// such JSON: the decoder then reports it).
  static func renamingKeys(in body: [UInt8], at field: String, _ names: [String: String])
    -> [UInt8]
  {
    guard var object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
      let inner = object[field] as? [String: Any]
    else { return body }
    var renamed: [String: Any] = [:]
    for (key, value) in inner { renamed[names[key] ?? key] = value }
    object[field] = renamed
    return (try? JSONSerialization.data(withJSONObject: object)).map { Array($0) } ?? body
  }

  /// `top` over `base`, object by object.
  static func merge(_ base: Any, _ top: Any) -> Any {
    guard var base = base as? [String: Any], let top = top as? [String: Any] else { return top }
    for (key, value) in top { base[key] = base[key].map { merge($0, value) } ?? value }
    return base
  }

  static func dropNulls(_ value: Any) -> Any {
    if let object = value as? [String: Any] {
      return object.filter { !($0.value is NSNull) }.mapValues(dropNulls)
    }
    if let array = value as? [Any] { return array.map(dropNulls) }
    return value
  }

  static func describe(_ error: DecodingError, goType: String) -> String {
    func field(_ path: [any CodingKey]) -> String {
      ([goType] + path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }).joined(
        separator: ".")
    }
    switch error {
    case .typeMismatch(let expected, let context):
      return
        "json: cannot unmarshal value into Go struct field \(field(context.codingPath)) of type \(expected)"
    case .valueNotFound(let expected, let context):
      return
        "json: cannot unmarshal null into Go struct field \(field(context.codingPath)) of type \(expected)"
    case .keyNotFound(let key, let context):
      return "json: missing field \(field(context.codingPath + [key]))"
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty {
        return "invalid character in JSON body: \(context.debugDescription)"
      }
      return "json: invalid value for Go struct field \(field(context.codingPath))"
    @unknown default:
      return "invalid JSON"
    }
  }
}
