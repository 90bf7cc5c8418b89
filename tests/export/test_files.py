"""An export either fully replaces the old file or leaves it byte for byte as it was."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from planner.core.errors import PlannerError
from planner.export.files import (
    ExportError,
    atomic_target,
    write_bytes_atomic,
    write_text_atomic,
)

OLD = b"old content \xe2\x82\xac\n"


def leftovers(folder: Path, keep: Path) -> list[Path]:
    return [path for path in folder.iterdir() if path != keep]


def test_write_replaces_content(tmp_path: Path) -> None:
    target = tmp_path / "plan.md"
    target.write_bytes(OLD)

    write_text_atomic(target, "Hätä\r\nApu €\n")

    assert target.read_bytes() == "Hätä\r\nApu €\n".encode()
    assert leftovers(tmp_path, target) == []


def test_write_creates_new_file_with_normal_permissions(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    write_bytes_atomic(target, b"%PDF-1.4")

    assert target.read_bytes() == b"%PDF-1.4"
    umask = os.umask(0)
    os.umask(umask)
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_existing_permissions_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "plan.md"
    target.write_bytes(OLD)
    target.chmod(0o640)

    write_text_atomic(target, "new")

    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o640


def test_failed_rename_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.md"
    target.write_bytes(OLD)

    def refuse(src: object, dst: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError) as caught:
        write_text_atomic(target, "new content")

    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, target) == []
    assert str(target) in caught.value.message
    assert "Input/output error" in caught.value.message


def test_full_disk_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.md"
    target.write_bytes(OLD)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError) as caught:
        write_bytes_atomic(target, b"x" * 10_000)

    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, target) == []
    assert "No space left on device" in caught.value.message
    assert "Free some disk space" in caught.value.message


def test_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated: the tests may run as root, who can write into a 0555 folder."""
    target = tmp_path / "plan.md"
    target.write_bytes(OLD)
    real_open = os.open

    def read_only(path: object, flags: int, mode: int = 0o777) -> int:
        if flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(ExportError) as caught:
        write_text_atomic(target, "new")

    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, target) == []
    assert caught.value.message == (
        f"Cannot write “{target}”: Permission denied. Choose a folder you can write to."
    )


def test_failure_in_body_removes_temp_and_keeps_old_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(OLD)

    with pytest.raises(RuntimeError), atomic_target(target) as temp:
        temp.write_bytes(b"half a PDF")
        raise RuntimeError("renderer crashed")

    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, target) == []


def test_atomic_target_renames_on_success(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(OLD)

    with atomic_target(target) as temp:
        assert temp.parent == tmp_path
        assert temp != target
        temp.write_bytes(b"new")
        assert target.read_bytes() == OLD

    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path, target) == []


def test_missing_folder_is_a_clear_export_error(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "plan.pdf"

    with pytest.raises(ExportError) as caught:
        write_bytes_atomic(target, b"data")

    error = caught.value
    assert isinstance(error, PlannerError)
    assert error.exit_code == 6
    assert error.message == (
        f"Cannot write “{target}”: the folder does not exist. Choose another folder."
    )
    assert not target.parent.exists()


def test_folder_as_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        write_text_atomic(tmp_path, "text")
