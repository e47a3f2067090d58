"""What the bench scripts share: the PolNeAR text list, the word pattern and the floor.

The texts are read from ``../shared`` at run time and never copied into the repository.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

#: Words as every bench script counts them.
WORD = re.compile(r"\w+")
#: ``../shared`` beside the repository, as CI lays it out.
DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"


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
