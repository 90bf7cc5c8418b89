"""Domain model and rules. Never imports Qt, so it is tested without a QApplication."""
