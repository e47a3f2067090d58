"""Shared fixtures: the seed article, the gold file, ../shared (skipped when absent), Agg plots."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_cb94410baea1b98d.txt"
SHARED = Path(os.environ.get("ANALYSIS_SHARED", ROOT.parent / "shared"))

os.environ.setdefault("MPLBACKEND", "Agg")
if "NLTK_DATA" not in os.environ and (SHARED / "nltk_data").is_dir():
    os.environ["NLTK_DATA"] = str(SHARED / "nltk_data")


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder; tests that need it skip cleanly where it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent")
    return SHARED


@pytest.fixture(scope="session")
def polnear(shared: Path) -> Path:
    """The PolNeAR data folder (train/ and dev/ only)."""
    path = shared / "data" / "polnear"
    if not (path / "train" / "text").is_dir():
        pytest.skip(f"{path} is absent")
    return path


@pytest.fixture(scope="session")
def gold(shared: Path) -> dict:
    """The hand-checked gold file of the seed article."""
    path = shared / "eval" / "seed_gold.json"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed():
    """The seed article, read from seeds/."""
    from analysis import read_article

    return read_article(SEED)


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")
