"""Developer tasks behind the Makefile, in Python so they also work where make is missing.

python3 scripts/dev.py run [ARGS...]   set up .venv, compile translations, start the app
python3 scripts/dev.py test [PYTEST ARGS...]   set up with test extras, lint, type-check, test
python3 scripts/dev.py translations    compile resources/translations/*.ts into .qm
python3 scripts/dev.py lupdate         refresh the .ts sources from the code (developers)
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
TRANSLATIONS = ROOT / "resources" / "translations"


def sh(*cmd: str | Path, check: bool = True) -> int:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.run([str(c) for c in cmd], cwd=ROOT, check=check).returncode


def setup(extras: str = "") -> None:
    """Create the virtual environment and install the app; skip when nothing changed."""
    if not PYTHON.exists():
        print(f"Creating {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".installed-{extras or 'app'}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    target = f".[{extras}]" if extras else "."
    sh(PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target)
    stamp.write_text(digest)


def tool(name: str) -> Path:
    return BIN / (f"{name}.exe" if os.name == "nt" else name)


def translations() -> None:
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        sh(tool("pyside6-lrelease"), "-silent", source, "-qm", source.with_suffix(".qm"))


def lupdate() -> None:
    sh(PYTHON, ROOT / "scripts" / "lupdate.py")


def run(args: list[str]) -> int:
    setup()
    translations()
    return subprocess.run([str(tool("crisis-planner")), *args], cwd=ROOT).returncode


def test(args: list[str]) -> int:
    setup("test")
    translations()
    code = [d for d in ("planner", "tests", "scripts", "benchmarks") if (ROOT / d).is_dir()]
    sh(tool("ruff"), "check", *code)
    sh(tool("ruff"), "format", "--check", *code)
    sh(tool("mypy"), "planner")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(PYTHON), "-m", "pytest", *args], cwd=ROOT, env=env).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "translations", "lupdate", "setup"}:
        print(__doc__, file=sys.stderr)
        return 2
    task, rest = argv[0], argv[1:]
    try:
        if task == "run":
            return run(rest)
        if task == "test":
            return test(rest)
        if task == "setup":
            setup(rest[0] if rest else "")
        elif task == "translations":
            setup()
            translations()
        else:
            setup()
            lupdate()
    except subprocess.CalledProcessError as exc:
        return exc.returncode or 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
