"""Where the data lives: paths, the engine and its settings, migrations, health checks."""
