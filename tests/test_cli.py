"""Tests of the command line: ``python -m analysis run`` and its options."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
STORY = (
    "Bridge opens after years of delays\n\n"
    '"We waited a long time for this," said Maria Lopez, a council member.\n\n'
    "The cost rose to three million dollars, officials said on Monday.\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(2):
        (corpus / f"story{i}.txt").write_text(STORY.replace("three", f"{i + 3}"))
    return corpus


RUN_OPTIONS = [
    "--out",
    "--format",
    "--jobs",
    "--engine",
    "--scheduler",
    "--resume",
    "--quiet",
    "--text-column",
    "--id-column",
    "--no-charts",
    "--no-report",
    "--chart-limit",
    "--part-size",
    "--max-mb",
]


@pytest.mark.parametrize("option", RUN_OPTIONS, ids=RUN_OPTIONS)
def test_help_explains_every_option(option: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["run", "--help"])
    assert stop.value.code == 0
    text = capsys.readouterr().out
    assert option in text
    assert "examples:" in text
    assert "python -m analysis run corpus/ --out out --jobs 2" in text


def test_seed_main_job_prints_the_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from analysis import pipeline

    # one chart in one format keeps the test fast; the wiring is the same for all
    monkeypatch.setattr(pipeline, "CHART_FORMATS", ("png",))
    monkeypatch.setattr(pipeline, "ARTICLE_CHARTS", pipeline.ARTICLE_CHARTS[:1])
    monkeypatch.setattr(pipeline, "CORPUS_CHARTS", pipeline.CORPUS_CHARTS[:1])
    out = tmp_path / "output"
    code = main(["run", str(SEEDS), "--out", str(out)])
    printed = capsys.readouterr().out
    assert "# 000_cb94410baea1b98d" in printed
    assert "structure: title 1" in printed
    assert "sentences: " in printed
    assert "quotes (" in printed or "quotes: none" in printed
    assert "1 article (0 failed)" in printed
    assert (out / "report" / "index.html").is_file()
    page = (out / "report" / "000_cb94410baea1b98d.html").read_text()
    charts = sorted(p.name for p in (out / "charts" / "000_cb94410baea1b98d").iterdir())
    assert charts == ["top_terms.png"]
    assert 'alt="top terms"' in page
    assert (out / "charts" / "corpus" / "top_terms.png").is_file()
    summary = json.loads((out / "summary.json").read_text())
    assert summary["articles_ok"] == 1
    assert code == (0 if summary["errors"] == 0 else 1)


def test_quiet_csv_format_and_exit_code(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "out"
    args = ["--format", "csv", "--quiet", "--no-charts"]
    code = main(["run", str(folder), "--out", str(out), *args])
    assert code == 1
    assert capsys.readouterr().out == ""
    assert (out / "sentences" / "part-00000.csv").is_file()
    errors = pd.read_csv(out / "errors.csv")
    assert errors["article_id"].tolist() == ["image"]
    assert "PNG image" in errors["message"].item()


def test_jsonl_with_named_fields(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"key": "k1", "story": STORY}) + "\n")
    out = tmp_path / "out"
    fields = ["--text-column", "story", "--id-column", "key"]
    code = main(["run", str(path), "--out", str(out), "--quiet", *fields, "--no-charts"])
    assert code == 0
    articles = pd.read_parquet(out / "articles" / "part-00000.parquet")
    assert articles["article_id"].tolist() == ["k1"]


def test_resume_flag(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["run", str(folder), "--out", str(out), "--quiet", "--no-report", "--no-charts"]
    assert main(args) == 0
    assert main([*args, "--resume"]) == 0
    summary = json.loads((out / "summary.json").read_text())
    assert summary["articles"] == 2
    assert summary["this_run"]["articles"] == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["run", "--scheduler", "tcp://x:1"],
        ["run", "--jobs", "0"],
        ["run", "--format", "xlsx"],
        ["run", "no/such/folder"],
    ],
    ids=["scheduler-without-dask", "zero-jobs", "bad-format", "missing-input"],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_out_that_is_a_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    taken = tmp_path / "taken"
    taken.write_text("not a folder")
    with pytest.raises(SystemExit) as stop:
        main(["run", "--quiet", "--out", str(taken)])
    assert stop.value.code == 2
    assert "is a file" in capsys.readouterr().err


def test_module_entry_point(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "run", "--help"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0
    assert "--text-column" in done.stdout
