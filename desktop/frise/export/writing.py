"""Writing an export whole or not at all.

Every exporter produces its bytes in memory and hands them here: they go to a temporary file in
the destination's folder, which then replaces the destination in one rename. A failure at any
point (a full disk, a crash) leaves the destination as it was, never half a file.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write `data` to `path` through a temporary sibling and a rename; returns the path."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes it private; an export is a document to share
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target



_OS_REASONS = {
    errno.ENOENT: "le dossier n'existe pas",
    errno.ENOTDIR: "le chemin ne mène pas à un dossier",
    errno.EACCES: "accès refusé",
    errno.EPERM: "opération non permise",
    errno.EROFS: "le support est en lecture seule",
    errno.ENOSPC: "le disque est plein",
    errno.EDQUOT: "le quota de disque est atteint",
    errno.EISDIR: "un dossier porte déjà ce nom",
    errno.ENAMETOOLONG: "le nom de fichier est trop long",
}


def os_error_reason(error: OSError) -> str:
    """Why a file could not be written, in French and without the temporary file's name."""
    return _OS_REASONS.get(error.errno or 0, error.strerror or str(error))
