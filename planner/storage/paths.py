"""The app's folders: platformdirs by default, one override folder for tests and portable use."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from planner import APP_ID

DATA_DIR_ENV = "CRISIS_PLANNER_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def default_database(self) -> Path:
        return self.data_dir / "planner.sqlite3"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @property
    def crash_file(self) -> Path:
        """Where faulthandler writes a hard crash's traceback, read on the next start."""
        return self.log_dir / "faulthandler.log"

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        """``--data-dir`` wins, then the environment; an override holds *all* the app's files
        so that a test or a portable copy never touches the real user folders."""
        chosen = data_dir or os.environ.get(DATA_DIR_ENV)
        if chosen:
            root = Path(chosen).expanduser().resolve()
            return cls(data_dir=root, config_dir=root, log_dir=root / "logs")
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_ID, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_ID, appauthor=False)),
        )

    def ensure(self) -> None:
        """Create the folders, private to the user (0700): they hold customers' personal data."""
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.backup_dir):
            make_private_dir(folder)


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` as 0700. An existing folder is the user's choice and left as it is."""
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask


# -- the example business ---------------------------------------------------------------
DEMO_DIR_ENV = "CRISIS_PLANNER_DEMO_DIR"
DEMO_MARKER = "demo.json"


def demo_data_dir(language: str, data_dir: str | os.PathLike[str] | None = None) -> Path:
    """The example business's own folder (``demo-fi``, ``demo-en``), never the owner's data
    folder itself: inside ``CRISIS_PLANNER_DEMO_DIR`` when set (tests), else inside the data
    folder that ``--data-dir``, the environment or platformdirs gives."""
    override = os.environ.get(DEMO_DIR_ENV)
    base = (
        Path(override).expanduser().resolve() if override else AppPaths.resolve(data_dir).data_dir
    )
    return base / f"demo-{language}"


def is_demo(paths: AppPaths) -> bool:
    """Whether these folders hold the example business (its marker file is there)."""
    return (paths.data_dir / DEMO_MARKER).is_file()
