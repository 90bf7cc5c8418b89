"""Developer tasks behind the Makefile, in Python so they also work where make is missing.

python3 scripts/dev.py run [ARGS...]   set up .venv, compile translations, start the app
python3 scripts/dev.py test [PYTEST ARGS...]   set up with test extras, lint, type-check, test
python3 scripts/dev.py bench [ARGS...]  set up .venv, run the large-data benchmark (benchmarks/)
python3 scripts/dev.py dist [--bundle-only]   wheel, sdist and the PyInstaller bundle in dist/
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
# Packaging tools, installed into .venv by `dist` only. The spec uses PyInstaller's Qt hook
# internals to leave plugins out (packaging/crisis-planner.spec): hence the major version.
DIST_TOOLS = ["build>=1.2", "pyinstaller>=6.10,<7"] + (
    ["pillow"] if sys.platform in ("win32", "darwin") else []  # PNG -> .ico / .icns
)


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


def bench(args: list[str]) -> int:
    setup()
    translations()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [str(PYTHON), str(ROOT / "benchmarks" / "run.py"), *args]
    return subprocess.run(command, cwd=ROOT, env=env).returncode


def dist(args: list[str]) -> int:
    """The wheel and sdist (python -m build) and the onedir bundle, all into dist/.
    ``--bundle-only`` skips the wheel and the sdist."""
    # The postgres extra: the bundle then carries the driver for team databases.
    setup("postgres")
    translations()
    probe = [str(PYTHON), "-c", "import build, PyInstaller"]
    if subprocess.run(probe, cwd=ROOT, capture_output=True).returncode != 0:
        sh(PYTHON, "-m", "pip", "install", "--disable-pip-version-check", "-q", *DIST_TOOLS)
    if "--bundle-only" not in args:
        sh(PYTHON, "-m", "build", "--outdir", "dist")
    spec = ROOT / "packaging" / "crisis-planner.spec"
    where = ["--distpath", "dist", "--workpath", "build/pyinstaller", "--noconfirm"]
    sh(PYTHON, "-m", "PyInstaller", spec, *where)
    print(f"Bundle: {ROOT / 'dist' / 'crisis-planner'} (check it with: crisis-planner --self-test)")
    return 0


def test(args: list[str]) -> int:
    setup("test")
    translations()
    folders = ("planner", "tests", "scripts", "benchmarks", "packaging")
    code = [d for d in folders if (ROOT / d).is_dir()]
    sh(tool("ruff"), "check", *code)
    sh(tool("ruff"), "format", "--check", *code)
    sh(tool("mypy"), "planner")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(PYTHON), "-m", "pytest", *args], cwd=ROOT, env=env).returncode


def main(argv: list[str]) -> int:
    tasks = {"run", "test", "bench", "dist", "translations", "lupdate", "setup"}
    if not argv or argv[0] not in tasks:
        print(__doc__, file=sys.stderr)
        return 2
    task, rest = argv[0], argv[1:]
    try:
        if task == "run":
            return run(rest)
        if task == "test":
            return test(rest)
        if task == "bench":
            return bench(rest)
        if task == "dist":
            return dist(rest)
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
