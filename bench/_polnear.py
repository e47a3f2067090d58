"""What the bench scripts share: the PolNeAR text list, the word pattern and the floor.

The texts are read from ``../shared`` at run time and never copied into the repository.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

#: Words as every bench script counts them.
WORD = re.compile(r"\w+")
#: ``../shared`` beside the repository, as CI lays it out.
DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
#: The shared folder in use: ``ANALYSIS_SHARED`` when set (as in the tests), else the default.
SHARED = Path(os.environ.get("ANALYSIS_SHARED", DEFAULT_SHARED))
POLNEAR = SHARED / "data" / "polnear"


def polnear_files(shared: Path) -> list[Path]:
    """The 924 PolNeAR train + dev texts, sorted; exits with a message when absent."""
    root = shared / "data" / "polnear"
    files = sorted((root / "train" / "text").glob("*.txt")) + sorted(
        (root / "dev" / "text").glob("*.txt")
    )
    if not files:
        raise SystemExit(f"no PolNeAR texts under {root}")
    return files


def read_regex_floor(files: list[Path]) -> tuple[int, float]:
    """Words and seconds to read every file and run one regex pass: the physical floor."""
    t = time.perf_counter()
    words = sum(len(WORD.findall(f.read_bytes().decode("utf-8"))) for f in files)
    return words, time.perf_counter() - t


def split_arguments(description: str, argv: list[str] | None) -> argparse.Namespace | None:
    """Parse the options every PolNeAR evaluation takes (``--split``, ``--limit``, ``--errors``).

    Returns None, after saying so on stderr, when the split is not on disk; otherwise
    points ``NLTK_DATA`` at the shared copy unless it is already set.
    """
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--split", choices=["train", "dev"], default="dev")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--errors", type=int, default=10, help="error examples per category")
    args = parser.parse_args(argv)
    if not (POLNEAR / args.split / "text").is_dir():
        print(f"PolNeAR not found at {POLNEAR}", file=sys.stderr)
        return None
    os.environ.setdefault("NLTK_DATA", str(SHARED / "nltk_data"))
    return args


def print_rows(title: str, rows: list[tuple[str, str]]) -> None:
    """Print ``(name, value)`` rows as one two-column table headed ``title`` / ``value``."""
    width = max(len(title), *(len(k) for k, _ in rows))
    print(f"{title:<{width}}  value")
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
