import NIOConcurrencyHelpers

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one door to a simulated dockerd that more than one thread drives: the interactive
/// shell's command loop and the server's event loop (`serve` inside the shell) each pass
/// through it, so the engine is touched by one of them at a time. It also holds the single
/// real-time clock both follow, so real time that passed is given to the simulation once,
/// whichever side notices it first.
///
/// Nothing that waits on the event loop may run while the gate is held (binding, closing,
/// `EventLoopFuture.wait()`): the event loop may be waiting for the gate itself.
public final class EngineGate: @unchecked Sendable {
  private let lock = NIOLock()
  /// The host's monotonic time when real time was last given to (or withheld from) the
  /// simulated clock. Guarded by `lock`.
  private var lastSync: Int64

  public init() { lastSync = Self.monotonicNanos() }

  /// Runs `body` with the engine to itself.
  public func exclusive<T>(_ body: () throws -> T) rethrows -> T {
    try lock.withLock(body)
  }

  /// The real time since the clock last caught up, counted as given. Call inside
  /// `exclusive`.
  public func takeElapsed() -> Int64 {
    let now = Self.monotonicNanos()
    defer { lastSync = now }
    return max(0, now - lastSync)
  }

  /// Withholds the real time since the last catch-up: time a command already simulated
  /// itself (a progress display's wait, played back on screen) is not the learner's. Call
  /// inside `exclusive`.
  public func skipElapsed() { lastSync = Self.monotonicNanos() }

  static func monotonicNanos() -> Int64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
  }
}
