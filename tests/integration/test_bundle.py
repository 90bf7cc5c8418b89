"""The shipped app: the desktop files validate, and ``crisis-planner --self-test`` passes
from the source tree and from a freshly built PyInstaller bundle.

The bundle is built only under CI=true or with CRISIS_PLANNER_TEST_BUNDLE=1 (it takes a
minute and installs PyInstaller into the test environment). Under CI nothing here skips:
a missing tool fails the test and says what to install.
"""

from __future__ import annotations

import os
import re
import runpy
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from planner import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.crisis_planner.CrisisPlanner"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
IN_CI = bool(os.environ.get("CI"))
BUILD_BUNDLE = IN_CI or os.environ.get("CRISIS_PLANNER_TEST_BUNDLE") == "1"
# Qt modules the app does not use: none of their libraries may reach the bundle.
UNUSED_QT = re.compile(r"Qt6?(Qml|Quick|WebEngine|Pdf|3D|Multimedia|VirtualKeyboard|OpenGL)")


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian: apt-get install {package})"
        if IN_CI:
            pytest.fail(message + "; .ci/run installs it")
        pytest.skip(message)
    return path


def _quiet_env(tmp_path: Path) -> dict[str, str]:
    """Offscreen, with a private home: the app must not touch the real user's folders."""
    home = tmp_path / "home"
    runtime = home / "runtime"
    runtime.mkdir(parents=True)
    runtime.chmod(0o700)
    env = {key: value for key, value in os.environ.items() if not key.startswith("CRISIS_PLANNER_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_RUNTIME_DIR=str(runtime),
    )
    return env


def _assert_self_test_passed(run: subprocess.CompletedProcess[str], where: str) -> None:
    output = run.stdout + run.stderr
    assert run.returncode == 0, f"self-test failed ({where}):\n{output}"
    assert "FAIL" not in run.stdout, output
    assert re.search(r"^ok +all \d+ checks passed", run.stdout, re.MULTILINE), output
    assert f"({where}," in run.stdout, output


# -- (a) desktop integration files ----------------------------------------------------
def test_desktop_file_validates() -> None:
    validate = _tool("desktop-file-validate", "desktop-file-utils")
    run = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr


def test_metainfo_validates() -> None:
    appstreamcli = _tool("appstreamcli", "appstream")
    run = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_desktop_files_agree_with_the_app() -> None:
    desktop = dict(
        line.split("=", 1)
        for line in DESKTOP.read_text(encoding="utf-8").splitlines()
        if "=" in line
    )
    assert desktop["Icon"] == APP_ID
    assert desktop["Exec"].split()[0] == "crisis-planner"
    assert desktop["Name[fi]"] and desktop["Comment[fi]"]
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert any(s.get(lang) == "fi" for s in component.iter("summary"))
    assert any(p.get(lang) == "fi" for p in component.iter("p"))
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == __version__, (
        "add a <release> for this version to the metainfo"
    )


def test_icons_are_rendered_for_every_size() -> None:
    theme = PACKAGING / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = theme / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n", png
        assert struct.unpack(">II", header[16:24]) == (size, size), png
    scalable = theme / "scalable" / "apps" / f"{APP_ID}.svg"
    source = ROOT / "resources" / "icons" / "crisis-planner.svg"
    assert scalable.read_bytes() == source.read_bytes(), "run packaging/make_icons.py"


# -- (b) the self-test from the source tree -------------------------------------------
def test_self_test_from_source(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "planner", "--self-test"],
        capture_output=True,
        text=True,
        env=_quiet_env(tmp_path),
        cwd=tmp_path,
        timeout=300,
    )
    _assert_self_test_passed(run, "source")


# -- (c) the PyInstaller bundle -------------------------------------------------------
def _ensure_pyinstaller() -> None:
    probe = subprocess.run([sys.executable, "-c", "import PyInstaller"], capture_output=True)
    if probe.returncode == 0:
        return
    tools = runpy.run_path(str(ROOT / "scripts" / "dev.py"))["DIST_TOOLS"]
    wanted = [t for t in tools if t.lower().startswith("pyinstaller")]
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "-q", *wanted],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, f"could not install {wanted}:\n{install.stderr}"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not BUILD_BUNDLE:
        pytest.skip("builds the PyInstaller bundle only under CI or CRISIS_PLANNER_TEST_BUNDLE=1")
    _ensure_pyinstaller()
    work = tmp_path_factory.mktemp("pyinstaller")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(PACKAGING / "crisis-planner.spec"),
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            "--noconfirm",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=1200,
    )
    assert build.returncode == 0, (
        "PyInstaller failed:\n" + build.stdout[-4000:] + build.stderr[-8000:]
    )
    folder = work / "dist" / "crisis-planner"
    assert (folder / ("crisis-planner.exe" if os.name == "nt" else "crisis-planner")).is_file()
    return folder


def test_bundle_self_test(bundle: Path, tmp_path: Path) -> None:
    program = bundle / ("crisis-planner.exe" if os.name == "nt" else "crisis-planner")
    run = subprocess.run(
        [str(program), "--self-test"],
        capture_output=True,
        text=True,
        env=_quiet_env(tmp_path),
        cwd=tmp_path,
        timeout=300,
    )
    _assert_self_test_passed(run, "bundle")


def test_bundle_leaves_out_unused_qt(bundle: Path) -> None:
    unused = sorted(
        str(p.relative_to(bundle)) for p in bundle.rglob("*") if UNUSED_QT.search(p.name)
    )
    assert not unused, f"Qt modules the app does not use were bundled: {unused}"
    plugins = {p.parent.name for p in (bundle / "_internal").rglob("plugins/*/*")}
    assert {"platforms", "imageformats", "iconengines"} <= plugins, plugins


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux's")
def test_bundle_qt_plugins_find_their_qt_libraries(bundle: Path) -> None:
    """The xcb and Wayland plugins cannot run offscreen: at least check that each plugin
    finds the Qt libraries it links to inside the bundle (none was filtered out)."""
    ldd = _tool("ldd", "libc-bin")
    missing = {}
    for plugin in sorted((bundle / "_internal").rglob("plugins/*/*.so")):
        listing = subprocess.run([ldd, str(plugin)], capture_output=True, text=True).stdout
        lost = [
            line.split()[0]
            for line in listing.splitlines()
            if "libQt6" in line and "not found" in line
        ]
        if lost:
            missing[plugin.name] = lost
    assert not missing, missing
