/// What tab completion needs about the text before the cursor.
public struct CompletionContext: Equatable, Sendable {
  /// The finished words of the current simple command, quotes removed, expansions as typed.
  public var words: [String]
  /// The unquoted value of the word under the cursor ("" right after a blank).
  public var partial: String
  /// Where the word under the cursor starts in the text given (its end when `partial` is new).
  public var partialStart: String.Index
  /// The quote still open at the cursor, if any, so a completion can close it.
  public var openQuote: Character?
}
