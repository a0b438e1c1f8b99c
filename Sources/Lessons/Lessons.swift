/// Placeholder so the Lessons target compiles until its sources land.
enum LessonsModule {}
