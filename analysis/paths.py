"""Finding the repository's folders (``seeds/``, ``reports/figures``) from wherever code runs.

Notebooks run with the working directory set to ``notebooks/`` by Jupyter, or to the
repository root by ``papermill``/``nbclient`` callers; :func:`repository_path` finds the same
folder in both cases by looking in the working directory and then in its parents.

Examples
--------
>>> import tempfile
>>> with tempfile.TemporaryDirectory() as tmp:
...     root = Path(tmp).resolve()
...     (root / "pyproject.toml").touch()
...     (root / "seeds").mkdir()
...     (root / "notebooks").mkdir()
...     repository_path("seeds", start=root / "notebooks") == root / "seeds"
True
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

logger = logging.getLogger(__name__)

#: Files or folders that mark the root of a checkout of this repository (nearest one wins).
ROOT_MARKERS: tuple[str, ...] = ("pyproject.toml", ".git")


def repository_root(*, start: str | os.PathLike[str] | None = None) -> Path:
    """The nearest of ``start`` (default: the working directory) and its parents holding a root marker.

    Falls back to ``start`` itself when no parent holds one of :data:`ROOT_MARKERS`.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     (Path(tmp) / ".git").mkdir()
    ...     (Path(tmp) / "notebooks").mkdir()
    ...     repository_root(start=Path(tmp) / "notebooks") == Path(tmp).resolve()
    True
    """
    here = Path(start if start is not None else Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if any((folder / marker).exists() for marker in ROOT_MARKERS):
            return folder
    logger.debug("no repository marker above %s; using it as the root", here)
    return here


def repository_path(
    path: str | os.PathLike[str], *, start: str | os.PathLike[str] | None = None
) -> Path:
    """Resolve ``path`` the same way from the repository root or any folder inside it.

    An absolute path comes back unchanged. A relative path is looked up in ``start``
    (default: the working directory) and then in each of its parents; the first that
    exists wins. A path that exists nowhere yet (an output folder) is placed under
    :func:`repository_root`.

    Parameters
    ----------
    path
        A file or folder name such as ``"seeds"`` or ``"reports/figures"``.
    start
        Where to start looking; the working directory by default.

    Returns
    -------
    pathlib.Path
        An absolute path; it may not exist yet.

    Examples
    --------
    >>> repository_path("/tmp/figures").as_posix()
    '/tmp/figures'
    """
    wanted = Path(path).expanduser()
    if wanted.is_absolute():
        return wanted
    here = Path(start if start is not None else Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / wanted).exists():
            return folder / wanted
    return repository_root(start=here) / wanted
