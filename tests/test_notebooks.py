"""The notebooks are thin, committed clean, and run top to bottom without error.

Each notebook is executed with nbclient in ``notebooks/``; the figure folder is redirected
to a temporary folder by a cell injected after the parameters cell (papermill's way).
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))
EXPECTED = [
    "01-article.ipynb",
    "02-terms-and-keyness.ipynb",
    "03-sentiment.ipynb",
    "04-speakers.ipynb",
    "05-corpus.ipynb",
]
#: Notebook cells stay thin: no definitions, no loops, no long cells (STYLE.md).
FORBIDDEN = re.compile(r"^\s*(?:def|class|for|while|async)\b|\bprint\(", re.MULTILINE)
MAX_CELL_LINES = 10
#: Notebooks executed at once (each in its own kernel).
WORKERS = max(1, min(2, os.cpu_count() or 1))
#: A small corpus of our own for the "any folder" run: made-up texts and a PNG named .txt.
OWN_CORPUS = {
    "one.txt": b'Rain falls on the city\n\nThe mayor spoke on Monday.\n\n"We are ready," she said.\n',
    "two.txt": b"Markets rise\n\nShares rose sharply. Traders were pleased.\n",
    "broken.txt": b"\x89PNG\r\n\x1a\n not an article",
}
ANSI = re.compile(r"\x1b\[[0-9;]*m")
#: Seconds one notebook may take (kernel start included).
TIMEOUT = 120


def read(path: Path):
    return nbformat.read(path, as_version=4)


@dataclass
class Run:
    """One executed notebook: the notebook with its outputs, the error text, the seconds taken."""

    nb: Any
    error: str | None
    seconds: float
    figures: Path


@pytest.fixture(scope="session")
def runs(tmp_path_factory) -> dict[str, Run]:
    """Execute every notebook (and the corpus one on a folder of our own), two at a time."""
    base = tmp_path_factory.mktemp("notebook-runs")
    corpus = base / "my corpus"
    corpus.mkdir()
    for name, data in OWN_CORPUS.items():
        (corpus / name).write_bytes(data)
    jobs = {path.stem: (path, {"figures": str(base / path.stem)}) for path in PATHS}
    jobs["05-corpus-own-folder"] = (
        NOTEBOOKS / "05-corpus.ipynb",
        {"source": str(corpus), "figures": str(base / "own-folder")},
    )
    return asyncio.run(_run_all(jobs))


async def _run_all(jobs: dict[str, tuple[Path, dict[str, str]]]) -> dict[str, Run]:
    slots = asyncio.Semaphore(WORKERS)

    async def one(path: Path, parameters: dict[str, str]) -> Run:
        async with slots:
            nb = read(path)
            injected = "\n".join(f"{name} = {value!r}" for name, value in parameters.items())
            cell = nbformat.v4.new_code_cell(f"# Injected parameters\n{injected}")
            cell.metadata["tags"] = ["injected-parameters"]
            nb.cells.insert(1, cell)
            client = nbclient.NotebookClient(
                nb,
                timeout=TIMEOUT,
                kernel_name="python3",
                resources={"metadata": {"path": str(NOTEBOOKS)}},
            )
            began = time.perf_counter()
            error = None
            try:
                await client.async_execute()
            except nbclient.exceptions.CellExecutionError as err:
                error = ANSI.sub("", str(err))
            except Exception as err:  # a dead kernel or a timeout: report it on this notebook
                error = f"{type(err).__name__}: {err}"
            return Run(nb, error, time.perf_counter() - began, Path(parameters["figures"]))

    names = list(jobs)
    done = await asyncio.gather(*(one(*jobs[name]) for name in names))
    return dict(zip(names, done, strict=True))


def test_the_five_notebooks_exist():
    assert [p.name for p in PATHS] == EXPECTED


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_notebook_is_clean_and_thin(path):
    nb = read(path)
    nbformat.validate(nb)
    assert re.fullmatch(r"\d\d-[a-z0-9]+(?:-[a-z0-9]+)*\.ipynb", path.name)
    first = nb.cells[0]
    assert first.cell_type == "code" and first.metadata.get("tags") == ["parameters"]
    assert re.search(r"^source = ", first.source, re.M) and re.search(
        r"^figures = ", first.source, re.M
    )
    code = [c for c in nb.cells if c.cell_type == "code"]
    for cell in code:
        assert cell.outputs == [] and cell.execution_count is None, "commit with outputs cleared"
        assert not FORBIDDEN.search(cell.source), cell.source
        assert len(cell.source.splitlines()) <= MAX_CELL_LINES, cell.source
    assert '"outputs": []' in path.read_text(encoding="utf-8") or not code
    assert all(json.loads(path.read_text(encoding="utf-8"))["cells"])
    charts = sum(c.source.count("_chart(") for c in code)
    saves = sum(c.source.count("save_figure(") for c in code)
    assert charts >= 1 and saves == charts, "every chart is saved through save_figure"


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_notebook_runs(path, runs):
    run = runs[path.stem]
    if run.error:
        pytest.fail(f"{path.name} failed after {run.seconds:.1f} s:\n{run.error}", pytrace=False)
    written = sorted(p.name for p in run.figures.iterdir())
    saves = sum(c.source.count("save_figure(") for c in run.nb.cells if c.cell_type == "code")
    assert len(written) == 3 * saves
    assert all(p.stat().st_size > 0 for p in run.figures.iterdir())
    assert all(name.startswith(path.name[:2]) for name in written)
    assert run.seconds < TIMEOUT


def test_corpus_notebook_runs_on_any_folder(runs):
    run = runs["05-corpus-own-folder"]
    if run.error:
        pytest.fail(f"05-corpus on its own folder failed:\n{run.error}", pytrace=False)
    counted = next(c for c in run.nb.cells if "articles_failed" in c.source)
    assert counted.outputs[0]["data"]["text/plain"] == "(2, 1)"  # the PNG is listed, not fatal
    errors = next(c for c in run.nb.cells if c.source == "result.errors")
    assert "broken" in errors.outputs[0]["data"]["text/plain"]
    assert (run.figures / "05-quotes-by-gender.svg").is_file()
