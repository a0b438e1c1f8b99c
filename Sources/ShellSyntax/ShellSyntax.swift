/// Placeholder so the ShellSyntax target compiles until its sources land.
enum ShellSyntaxModule {}
