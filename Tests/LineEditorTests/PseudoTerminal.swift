import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a real program in a pseudo-terminal for end-to-end tests: send keys, wait for text on
/// the emulated screen, collect the exit status. Timeouts only guard against hangs.
final class PseudoTerminal {
  private let master: Int32
  private let pid: pid_t
  private(set) var screen: TerminalScreen
  /// Every byte the program wrote, for diagnosing a failed expectation.
  private(set) var rawOutput: [UInt8] = []
  private var exitStatus: Int32?
  /// The signal that ended the program, when one did.
  private(set) var terminatingSignal: Int32?

  /// Starts `executable` as a session leader whose stdin/stdout/stderr is the pty's slave side.
  init(
    executable: String, arguments: [String] = [], environment: [String: String],
    columns: Int = 100, rows: Int = 30
  ) throws {
    screen = TerminalScreen(columns: columns)
    // posix_openpt/ptsname and the _IOW ioctl macros are hidden from Swift's Glibc module, so
    // use the Linux ioctls by number (same on x86_64 and arm64).
    master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard master >= 0, ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0,
      ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0
    else { throw PseudoTerminalError.openFailed(errno) }
    let slavePath = "/dev/pts/\(number)"
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opening the slave after setsid (which glibc performs first) makes it the controlling tty.
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    posix_spawn_file_actions_addclose(&actions, master)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // The test runner may block or ignore signals; the child gets a clean slate so Ctrl-C
    // reaches it. 0x80 is POSIX_SPAWN_SETSID in glibc, not exported without _GNU_SOURCE.
    let setsid: Int32 = 0x80
    posix_spawnattr_setflags(
      &attributes, Int16(setsid | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp =
      environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var child: pid_t = 0
    let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
    guard result == 0 else { throw PseudoTerminalError.spawnFailed(result) }
    pid = child
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
  }

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    close(master)
  }

  /// Types `keys` (use "\r" for Enter, "\u{3}" for Ctrl-C, "\u{1B}[A" for Up).
  func send(_ keys: String) {
    let bytes = Array(keys.utf8)
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  /// Sends `signal` to the program (as `kill`, or a terminal closing, would).
  func signal(_ signal: Int32) {
    kill(pid, signal)
  }

  /// Waits until the screen text contains `text`; false on timeout.
  @discardableResult
  func waitFor(_ text: String, timeout: Double = 10) -> Bool {
    waitUntil(timeout: timeout) { $0.text.contains(text) }
  }

  /// Waits until `text` occurs at least `count` times on the screen.
  @discardableResult
  func waitFor(_ text: String, count: Int, timeout: Double = 10) -> Bool {
    waitUntil(timeout: timeout) { $0.text.components(separatedBy: text).count - 1 >= count }
  }

  /// Waits until every byte the program wrote so far satisfies `condition`; false on timeout.
  @discardableResult
  func waitForOutput(timeout: Double = 10, _ condition: ([UInt8]) -> Bool) -> Bool {
    waitUntil(timeout: timeout) { _ in condition(rawOutput) }
  }

  /// Waits until the line editor has the terminal in raw mode (no tty echo or line buffering);
  /// keys sent earlier are echoed by the tty itself, since libedit prints its prompt first.
  @discardableResult
  func waitForRawMode(timeout: Double = 10) -> Bool {
    waitUntil(timeout: timeout) { _ in
      var attributes = termios()
      return tcgetattr(master, &attributes) == 0
        && attributes.c_lflag & tcflag_t(ICANON | ECHO) == 0
    }
  }

  /// Waits for the program to end; its exit status, or nil on timeout or death by signal.
  func waitForExit(timeout: Double = 10) -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      drain()
      var status: Int32 = 0
      if waitpid(pid, &status, WNOHANG) == pid {
        drain()
        exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
        if exitStatus == -1 { terminatingSignal = status & 0x7F }
        return exitStatus == -1 ? nil : exitStatus
      }
      usleep(20_000)
    }
    return nil
  }

  private func waitUntil(timeout: Double, _ condition: (TerminalScreen) -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      drain()
      if condition(screen) { return true }
      var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      _ = poll(&descriptor, 1, 50)
    }
    return false
  }

  private func drain() {
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      guard count > 0 else { return }
      screen.feed(buffer[0..<count])
      rawOutput += buffer[0..<count]
    }
  }
}

enum PseudoTerminalError: Error {
  case openFailed(Int32)
  case spawnFailed(Int32)
}
