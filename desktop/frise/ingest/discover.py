"""Expanding dropped files and folders into the list of files to import.

A folder is walked depth first in name order so that two imports of the same folder list the same
files in the same order. Symbolic links are followed, because people link article folders
together, but a link back to a folder being walked is reported once as a loop instead of being
followed forever, and a folder or file reached twice through different links is listed once.
Problems found on the way are yielded beside the files, not raised, so one bad entry does not
stop a whole folder.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from .load import SUPPORTED_SUFFIXES, format_of, os_error
from .model import IngestError

# Files the operating system or Office leaves in folders; never articles, never worth a warning.
_SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", "icon\r"})
_LOCK_PREFIX = "~$"

Identity = tuple[int, int]
Found = tuple[Path, IngestError | None]


def discover(paths: Iterable[str | Path]) -> Iterator[Found]:
    """Yield (file, None) for each candidate file and (path, IngestError) for each problem."""
    walked: set[Identity] = set()
    listed: set[Identity] = set()
    for given in paths:
        path = Path(given)
        status = _stat(path)
        if isinstance(status, IngestError):
            yield path, status
        elif stat.S_ISDIR(status.st_mode):
            yield from _walk(path, status, walked, listed)
        else:
            yield from _file(path, status, listed)


def _walk(
    root: Path, root_status: os.stat_result, walked: set[Identity], listed: set[Identity]
) -> Iterator[Found]:
    root_identity = _identity(root_status)
    if root_identity in walked:
        return
    walked.add(root_identity)
    ancestors: list[Identity] = [root_identity]
    stack: list[Iterator[Path]] = []
    children = _children(root)
    if isinstance(children, IngestError):
        yield root, children
        return
    stack.append(iter(children))
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            ancestors.pop()
            continue
        status = _stat(child)
        if isinstance(status, IngestError):
            yield child, status
            continue
        if not stat.S_ISDIR(status.st_mode):
            yield from _file(child, status, listed)
            continue
        identity = _identity(status)
        if identity in ancestors:
            yield child, IngestError(child, "symlink_loop", "boucle de liens symboliques (ignorée)")
            continue
        if identity in walked:
            continue
        walked.add(identity)
        grandchildren = _children(child)
        if isinstance(grandchildren, IngestError):
            yield child, grandchildren
            continue
        ancestors.append(identity)
        stack.append(iter(grandchildren))


def _file(path: Path, status: os.stat_result, listed: set[Identity]) -> Iterator[Found]:
    if not stat.S_ISREG(status.st_mode):
        yield path, IngestError(path, "unreadable", "pas un fichier ordinaire")
        return
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        try:
            format_of(path)
        except IngestError as error:
            yield path, error
        return
    identity = _identity(status)
    if identity not in listed:
        listed.add(identity)
        yield path, None


def _children(directory: Path) -> list[Path] | IngestError:
    try:
        with os.scandir(directory) as entries:
            names = [entry.name for entry in entries if not _skipped(entry)]
    except OSError as error:
        return os_error(str(directory), error)
    return [directory / name for name in sorted(names, key=lambda name: (name.casefold(), name))]


def _skipped(entry: os.DirEntry[str]) -> bool:
    name = entry.name
    if name.startswith(".") or name.startswith(_LOCK_PREFIX) or name.casefold() in _SYSTEM_FILES:
        return True
    hidden_flag = getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0)
    if hidden_flag:
        try:
            return bool(getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0) & hidden_flag)
        except OSError:
            return False
    return False


def _stat(path: Path) -> os.stat_result | IngestError:
    try:
        return path.stat()
    except OSError as error:
        if error.errno == errno.ENOENT and path.is_symlink():
            return IngestError(path, "unreadable", "lien symbolique cassé")
        return os_error(str(path), error)


def _identity(status: os.stat_result) -> Identity:
    return (status.st_dev, status.st_ino)
