internal import CLibEdit

/// The process-wide Ctrl-C flag, set by a signal-safe C handler and polled from Swift.
///
/// Installing also makes SIGTERM and SIGHUP restore the terminal (and remove the file named by
/// `removeOnTermination`) before the process ends.
public enum Interrupts {
  /// Installs the SIGINT/SIGTERM/SIGHUP handlers (idempotent).
  public static func install() {
    cle_install_signal_handlers()
  }

  /// Whether Ctrl-C was pressed since the last call; clears the flag.
  public static func consume() -> Bool {
    cle_interrupt_consume() != 0
  }

  /// Whether Ctrl-C was pressed, without clearing the flag.
  public static func peek() -> Bool {
    cle_interrupt_peek() != 0
  }

  /// Names a file to remove if SIGTERM or SIGHUP ends the process (SIGINT too when the
  /// interactive handlers are not installed), as leaving the shell normally would; nil forgets
  /// it. False when the path is too long to keep, so it would stay behind.
  @discardableResult
  public static func removeOnTermination(_ path: String?) -> Bool {
    guard let path else { return cle_remove_on_terminate(nil) != 0 }
    return cle_remove_on_terminate(path) != 0
  }

  /// Puts the terminal back into the mode it had when `install()` ran.
  public static func restoreTerminal() {
    cle_restore_terminal()
  }
}
