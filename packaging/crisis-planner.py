"""Entry point of the PyInstaller bundle: the same as the ``crisis-planner`` command.

A script outside the package, so that the bundle imports ``planner`` as a package (running
``planner/__main__.py`` directly would put ``planner/`` itself on the import path).
"""

import sys

from planner.cli import main

if __name__ == "__main__":
    sys.exit(main())
