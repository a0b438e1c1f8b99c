/// Placeholder so the DockerCLI target compiles until its sources land.
enum DockerCLIModule {}
