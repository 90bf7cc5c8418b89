"""Crisis Planner: prepare, handle and learn from public customer complaints."""

__version__ = "0.1.0"
APP_NAME = "Crisis Planner"
APP_ID = "crisis-planner"
