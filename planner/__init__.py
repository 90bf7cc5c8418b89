"""Crisis Planner: prepare, handle and learn from public customer complaints."""

__version__ = "0.1.0"
APP_NAME = "Crisis Planner"
APP_ID = "crisis-planner"
# The desktop entry's name (packaging/linux): Wayland docks match windows to it.
DESKTOP_ID = "io.github.crisis_planner.CrisisPlanner"
