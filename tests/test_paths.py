"""repository_path finds the same folder from the repository root and from notebooks/."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.paths import repository_path, repository_root

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("name", "start", "expected"),
    [
        ("seeds", ".", "seeds"),
        ("seeds", "notebooks", "seeds"),
        ("seeds", "tests", "seeds"),
        ("reports/figures", "notebooks", "reports/figures"),
        ("notebooks", "notebooks", "notebooks"),
    ],
    ids=["root", "notebooks", "deeper", "output-not-yet-made", "folder-itself"],
)
def test_repository_path(name, start, expected):
    assert repository_path(name, start=ROOT / start) == ROOT / expected


def test_absolute_path_unchanged(tmp_path):
    assert repository_path(tmp_path / "corpus", start=ROOT) == tmp_path / "corpus"


def test_working_directory_is_the_default(monkeypatch):
    monkeypatch.chdir(ROOT / "notebooks")
    assert repository_path("seeds") == ROOT / "seeds"
    assert repository_root() == ROOT


def test_outside_a_repository_falls_back_to_start(tmp_path):
    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    assert repository_root(start=inner) == inner
    (tmp_path / "pyproject.toml").write_text("")
    assert repository_root(start=inner) == tmp_path
    assert repository_path("reports/figures", start=inner) == tmp_path / "reports" / "figures"
