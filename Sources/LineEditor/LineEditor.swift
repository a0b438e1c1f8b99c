/// Placeholder so the LineEditor target compiles until its sources land.
enum LineEditorModule {}
