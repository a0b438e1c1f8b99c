import SwarmCore

/// The name dockerd gives a service created without `--name`: `adjective_surname`, as moby's
/// names generator makes them (an adjective, an underscore, the surname of a notable scientist
/// or engineer). Drawn from the swarm's seeded stream, so a transcript replays the same name.
///
/// The word lists are SwarmLab's own (common adjectives, well-known surnames): the form is what
/// a learner sees and what docker's validation needs, not docker's exact vocabulary.
enum NamesGenerator {
  static let adjectives = [
    "admiring", "agitated", "amazing", "awesome", "blissful", "bold", "brave", "busy", "charming",
    "clever", "cool", "compassionate", "confident", "cranky", "dazzling", "determined",
    "distracted", "dreamy", "eager", "ecstatic", "elastic", "elated", "elegant", "epic",
    "fervent", "festive", "flamboyant", "focused", "friendly", "frosty", "gallant", "gifted",
    "goofy", "gracious", "happy", "hardcore", "heuristic", "hopeful", "hungry", "infallible",
    "inspiring", "jolly", "jovial", "keen", "kind", "laughing", "loving", "lucid", "magical",
    "modest", "musing", "mystifying", "naughty", "nervous", "nice", "nifty", "nostalgic",
    "objective", "optimistic", "peaceful", "pedantic", "pensive", "practical", "priceless",
    "quirky", "quizzical", "relaxed", "reverent", "romantic", "sad", "serene", "sharp", "silly",
    "sleepy", "stoic", "strange", "stupefied", "suspicious", "tender", "thirsty", "trusting",
    "unruffled", "upbeat", "vibrant", "vigilant", "vigorous", "wizardly", "wonderful", "youthful",
    "zealous", "zen",
  ]

  static let surnames = [
    "agnesi", "archimedes", "babbage", "bardeen", "bell", "bohr", "boole", "brahmagupta",
    "cannon", "carson", "cerf", "chandrasekhar", "curie", "darwin", "dijkstra", "einstein",
    "euclid", "euler", "faraday", "fermat", "fermi", "feynman", "franklin", "galileo", "gauss",
    "goodall", "hamilton", "hawking", "heisenberg", "hopper", "hypatia", "johnson", "joliot",
    "kepler", "knuth", "lamport", "leakey", "liskov", "lovelace", "maxwell", "meitner",
    "mendel", "mirzakhani", "morse", "newton", "nobel", "noether", "pascal", "pasteur",
    "payne", "planck", "poincare", "ramanujan", "ritchie", "rosalind", "sagan", "shannon",
    "shockley", "snyder", "tesla", "thompson", "torvalds", "turing", "volta", "wescoff",
    "wiles", "williams", "wilson", "wozniak", "wright", "yalow", "yonath",
  ]

  /// One name, drawn from the cluster's seeded stream.
  static func randomName(_ cluster: inout Cluster) -> String {
    let adjective = adjectives[cluster.randomIndex(below: adjectives.count)]
    let surname = surnames[cluster.randomIndex(below: surnames.count)]
    return "\(adjective)_\(surname)"
  }
}
