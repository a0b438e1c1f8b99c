/// Placeholder so the Transcript target compiles until its sources land.
enum TranscriptModule {}
