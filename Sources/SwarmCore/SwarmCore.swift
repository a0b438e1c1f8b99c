/// Placeholder so the SwarmCore target compiles until its sources land.
enum SwarmCoreModule {}
