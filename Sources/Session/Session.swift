/// Placeholder so the Session target compiles until its sources land.
enum SessionModule {}
