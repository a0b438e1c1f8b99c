/// Go's `encoding/json` writes a `time.Duration` as its integer nanoseconds, and the Engine
/// API's duration fields (`Delay`, `Monitor`, `StopGracePeriod`) travel in that form.
extension GoDuration: Codable {
  public init(from decoder: any Decoder) throws {
    nanoseconds = try decoder.singleValueContainer().decode(Int64.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(nanoseconds)
  }
}
