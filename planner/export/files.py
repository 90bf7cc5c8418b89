"""Atomic file writing for exports.

An export overwrites a file the owner may rely on (last week's printed plan); a crash,
a full disk or a missing folder must never leave a half-written file in its place. Data
goes to a temporary file in the same folder, is flushed to disk and then renamed over the
target in one step. No Qt here, so the CLI and the tests need no application object.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from planner.core.errors import PlannerError
from planner.core.i18n import arg, translate


class ExportError(PlannerError):
    """An export could not be written; the previous file, if any, is unchanged."""

    exit_code = 6


_TEMP_ATTEMPTS = 100
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NO_PERMISSION = {errno.EACCES, errno.EPERM, errno.EROFS}


def write_text_atomic(target: Path, text: str) -> None:
    """Replace ``target`` with ``text`` as UTF-8, exactly as given (no newline translation)."""
    write_bytes_atomic(target, text.encode("utf-8"))


def write_bytes_atomic(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data``, or leave it untouched and raise :class:`ExportError`."""
    with atomic_target(target) as temp, temp.open("wb") as handle:
        handle.write(data)


@contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; rename it over ``target`` on success.

    Whatever the body writes to the yielded path is synced to disk before the rename. If
    the body raises, or any step fails, the temporary file is removed and ``target`` keeps
    its old content; ``OSError`` becomes :class:`ExportError`.
    """
    target = Path(target)
    if target.is_dir():
        raise ExportError(
            arg(
                translate("Export", "“%1” is a folder. Choose a file name to export to."),
                target,
            )
        )
    temp = _create_temp(target)
    try:
        yield temp
        _copy_mode(target, temp)
        _fsync_file(temp)
        os.replace(temp, target)
    except OSError as exc:
        _remove_quietly(temp)
        raise export_error(target, exc) from exc
    except BaseException:
        _remove_quietly(temp)
        raise
    _fsync_folder(target.parent)


def export_error(target: Path, exc: OSError) -> ExportError:
    """A translated error naming the file, the OS reason and what the user can do."""
    reason = exc.strerror or str(exc)
    folder = target.parent
    if exc.errno == errno.ENOENT and not folder.is_dir():
        text = translate(
            "Export", "Cannot write “%1”: the folder does not exist. Choose another folder."
        )
    elif exc.errno in _NO_PERMISSION:
        text = translate("Export", "Cannot write “%1”: %2. Choose a folder you can write to.")
    elif exc.errno in _NO_SPACE:
        text = translate("Export", "Cannot write “%1”: %2. Free some disk space and try again.")
    else:
        text = translate("Export", "Cannot write “%1”: %2.")
    return ExportError(arg(text, target, reason))


def _create_temp(target: Path) -> Path:
    """Create an empty, exclusive temp file; ``os.open`` applies the user's umask, unlike
    ``tempfile.mkstemp`` which would make every export private (0600)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(_TEMP_ATTEMPTS):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(temp, flags, 0o666))
        except FileExistsError:
            continue
        except OSError as exc:
            raise export_error(target, exc) from exc
        return temp
    raise export_error(target, FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST)))


def _copy_mode(target: Path, temp: Path) -> None:
    """Keep the permissions the owner gave the old file (best effort)."""
    with suppress(OSError):
        os.chmod(temp, stat.S_IMODE(target.stat().st_mode))


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; folders cannot be opened like this on Windows."""
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_quietly(path: Path) -> None:
    with suppress(OSError):
        path.unlink(missing_ok=True)
