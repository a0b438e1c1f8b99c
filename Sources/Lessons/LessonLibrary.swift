import Foundation

/// The lessons in a directory (`lessons/`, or a teacher's `--dir`), parsed and sorted by id.
public enum LessonLibrary {
  /// Every `*.md` except README.md; the first file with an error stops the load.
  public static func load(directory: String) throws(LessonError) -> [Lesson] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
      .filter { $0.hasSuffix(".md") && $0.lowercased() != "readme.md" }.sorted()
    var lessons: [Lesson] = []
    for name in names { lessons.append(try load(file: directory + "/" + name)) }
    return lessons.sorted { $0.id < $1.id }
  }

  public static func load(file: String) throws(LessonError) -> Lesson {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw LessonError(file: file, line: 0, reason: "cannot read the file")
    }
    return try LessonParser.parse(String(decoding: data, as: UTF8.self), file: file)
  }

  /// Where the bundled lessons are: `$SWARMLAB_LESSONS`, `./lessons`, or `lessons/` beside
  /// the package the executable was built in (`.build/<config>/swarmlab` → `../../lessons`).
  /// The lessons compiled into SwarmLab, for when no lessons folder is found.
  public static func bundled() throws(LessonError) -> [Lesson] {
    [
      try LessonParser.parse(
        String(decoding: PackageResources.ch12_md, as: UTF8.self), file: "ch12.md"),
      try LessonParser.parse(
        String(decoding: PackageResources.ch13_md, as: UTF8.self), file: "ch13.md"),
      try LessonParser.parse(
        String(decoding: PackageResources.ch14_md, as: UTF8.self), file: "ch14.md"),
    ]
  }

  public static func defaultDirectory(environment: [String: String], executable: String) -> String {
    if let dir = environment["SWARMLAB_LESSONS"] { return dir }
    var candidates = [FileManager.default.currentDirectoryPath + "/lessons"]
    var url = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<4 {
      candidates.append(url.path + "/lessons")
      url.deleteLastPathComponent()
    }
    return candidates.first { FileManager.default.fileExists(atPath: $0 + "/ch12.md") }
      ?? candidates[0]
  }
}
