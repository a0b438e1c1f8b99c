extension Executor {
  /// The node an error names (`executing "x" at <NODE>`). It is kept as the node and printed
  /// only when an error is reported: every evaluation moves it, and a table formats each row.
  enum ErrorContext {
    case none
    /// An action, shown with its braces.
    case action(Pipe)
    case templateCall(String, Pipe?)
    case pipe(Pipe)
    case arg(Arg)
    case command(Command)

    /// Go's node `String()`.
    var text: String {
      switch self {
      case .none: ""
      case .action(let pipe): "{{\(pipe.description)}}"
      case .templateCall(let name, let pipe):
        "{{template \(GoQuote.quote(name))\(pipe.map { " " + $0.description } ?? "")}}"
      case .pipe(let pipe): pipe.description
      case .arg(let arg): arg.description
      case .command(let command): command.description
      }
    }
  }
}
