/// Placeholder so the DockerFormat target compiles until its sources land.
enum DockerFormatModule {}
