/// The swarmlab executable's entry point (placeholder until the app lands).
public enum SwarmLabMain {
  public static func main() {}
}
