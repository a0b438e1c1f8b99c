/// The swarm's root CA as nodes report it (`TLSInfo`): a self-signed P-256 certificate for
/// `CN=swarm-ca`, laid out byte for byte like swarmkit's, with its serial, key, key ID and
/// signature drawn from the swarm's CA digest so every swarm has its own and output is stable.
public struct SwarmCertificate: Sendable, Equatable {
  /// PEM text ending in a newline, as in `TLSInfo.TrustRoot`.
  public var trustRoot: String
  /// Base64 DER of the issuer name (always `CN=swarm-ca`).
  public var issuerSubject: String
  /// Base64 DER of the issuer's SubjectPublicKeyInfo.
  public var issuerPublicKey: String

  public init(swarm: SwarmInfo) {
    let seed = swarm.caDigest
    var serial = StableHash.bytes(seed + "/serial", count: 20)
    serial[0] &= 0x7f  // a DER INTEGER that stays positive without a leading zero byte
    let key = [0x04] + StableHash.bytes(seed + "/key", count: 64)
    let keyID = StableHash.bytes(seed + "/ski", count: 20)
    // swarmkit backdates the root by five minutes and makes it valid for 20 years (7300 days).
    let minute = SimDuration.minute.nanos
    let rounded = (swarm.createdAt.nanos + minute / 2) / minute * minute
    let notBefore = SimTime(nanos: rounded) - SimDuration.minute * 5
    let notAfter = notBefore + SimDuration.seconds(7300 * 86_400)

    let name: [UInt8] = hex("30133111300f06035504031308737761726d2d6361")
    let spki: [UInt8] =
      hex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") + key.dropFirst()
    var tbs: [UInt8] = hex("a003020102") + [0x02, 0x14] + serial
    tbs += hex("300a06082a8648ce3d040302") + name
    tbs += [0x30, 0x1e] + Self.utcTime(notBefore) + Self.utcTime(notAfter) + name + spki
    tbs += hex("a3423040300e0603551d0f0101ff040403020106300f0603551d130101ff040530030101ff")
    tbs += hex("301d0603551d0e04160414") + keyID
    // An ECDSA signature of two 33-byte INTEGERs (zero byte, then high bit set) keeps the
    // certificate at swarmkit's usual 367 bytes.
    var signature: [UInt8] = hex("0349003046")
    for part in ["r", "s"] {
      var value = StableHash.bytes(seed + "/sig/" + part, count: 32)
      value[0] |= 0x80
      signature += [0x02, 0x21, 0x00] + value
    }
    let cert = hex("3082016b30820110") + tbs + hex("300a06082a8648ce3d040302") + signature

    let body = Base64.encode(cert)
    var pem = "-----BEGIN CERTIFICATE-----\n"
    var rest = Substring(body)
    while !rest.isEmpty {
      pem += rest.prefix(64) + "\n"
      rest = rest.dropFirst(64)
    }
    trustRoot = pem + "-----END CERTIFICATE-----\n"
    issuerSubject = Base64.encode(name)
    issuerPublicKey = Base64.encode(spki)
  }

  /// DER UTCTime `YYMMDDHHMMSSZ`.
  private static func utcTime(_ t: SimTime) -> [UInt8] {
    let c = t.civil
    let text =
      [c.year % 100, c.month, c.day, c.hour, c.minute, c.second]
      .map { $0 < 10 ? "0\($0)" : "\($0)" }.joined() + "Z"
    return [0x17, UInt8(text.utf8.count)] + Array(text.utf8)
  }
}

private func hex(_ text: String) -> [UInt8] {
  var bytes: [UInt8] = []
  var chars = Substring(text)
  while chars.count >= 2 {
    bytes.append(UInt8(chars.prefix(2), radix: 16)!)
    chars = chars.dropFirst(2)
  }
  return bytes
}

/// Standard base64 with padding (RFC 4648), as Go's `base64.StdEncoding`.
enum Base64 {
  private static let alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")

  static func encode(_ bytes: [UInt8]) -> String {
    var out = ""
    var i = 0
    while i < bytes.count {
      let b0 = Int(bytes[i])
      let b1 = i + 1 < bytes.count ? Int(bytes[i + 1]) : 0
      let b2 = i + 2 < bytes.count ? Int(bytes[i + 2]) : 0
      out.append(alphabet[b0 >> 2])
      out.append(alphabet[(b0 & 3) << 4 | b1 >> 4])
      out.append(i + 1 < bytes.count ? alphabet[(b1 & 15) << 2 | b2 >> 6] : "=")
      out.append(i + 2 < bytes.count ? alphabet[b2 & 63] : "=")
      i += 3
    }
    return out
  }
}
