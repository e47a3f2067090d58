"""Tests of analysis.pipeline: inputs, bad files, parts, resume, --jobs and Dask identity."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import pipeline, schema
from analysis.pipeline import read_table, run

PEOPLE = (
    ("Maria Lopez", "she", "a city council member"),
    ("Tom Baker", "he", "the fire chief"),
    ("Anna Novak", "she", "a teacher at the school"),
    ("David Chen", "he", "a local shop owner"),
    ("Ruth Adams", "she", "the mayor"),
    ("Omar Said", "he", "a volunteer"),
)
FAST = {"progress": False, "report": False, "charts": False}


def make_article(i: int) -> str:
    """A small synthetic news story with two quotes (no real article text)."""
    name, pronoun, role = PEOPLE[i % len(PEOPLE)]
    other = PEOPLE[(i + 1) % len(PEOPLE)][0]
    return (
        f"Town story number {i} about the new bridge\n\n"
        f"SPRINGFIELD — The bridge opened on Monday after {i + 2} years of work.\n\n"
        f'"We waited a long time for this," said {name}, {role}. "It changes everything."\n\n'
        f"{other} was less sure. The cost rose to {i + 3} million dollars.\n\n"
        f'"I worry about the traffic," {pronoun} added. Residents were happy and hopeful.\n'
    )


def write_corpus(folder: Path, n: int, *, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        path = folder / f"story_{i:03d}.txt"
        path.write_text(make_article(i), encoding="utf-8")
        paths.append(path)
    return paths


def sorted_frame(df: pd.DataFrame) -> pd.DataFrame:
    keys = [c for c in ("article_id", "start", "end", "term", "speaker", "person") if c in df]
    return df.sort_values(keys, kind="stable").reset_index(drop=True) if keys else df


def assert_same_tables(a: pipeline.RunResult, b: pipeline.RunResult) -> None:
    assert a.summary["tables"] == b.summary["tables"]
    for name in a.summary["tables"]:
        pd.testing.assert_frame_equal(sorted_frame(a.table(name)), sorted_frame(b.table(name)))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, 4)
    write_corpus(folder / "sub", 2, start=4)
    return folder


@pytest.fixture(scope="module")
def local_run(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> pipeline.RunResult:
    return run(corpus, out=tmp_path_factory.mktemp("local"), part_size=4, **FAST)


# --------------------------------------------------------------------------- basics


def test_run_writes_every_table_in_parts(local_run: pipeline.RunResult) -> None:
    out = local_run.out
    assert out is not None
    assert local_run.summary["articles"] == 6
    assert local_run.summary["articles_failed"] == 0
    assert local_run.exit_code == 0
    for name in (*pipeline.DEFAULT_TABLES, "errors"):
        assert pipeline.table_paths(out, name), name
    assert [p.name for p in pipeline.table_paths(out, "sentences")] == [
        "part-00000.parquet",
        "part-00001.parquet",
    ]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["tables"]["articles"] == 6
    assert summary["this_run"]["words_per_second"] > 0
    assert (out / "errors.csv").read_text().startswith("article_id,source,stage")


def test_tables_have_schema_dtypes(local_run: pipeline.RunResult) -> None:
    for name in ("articles", "blocks", "sentences", "quotes", "speakers", "people", "errors"):
        schema.validate(local_run.table(name), name)
    articles = local_run.table("articles")
    assert articles["article_id"].tolist() == [f"story_{i:03d}" for i in range(6)]
    assert articles["title"].str.startswith("Town story").all()


def test_offsets_index_the_text(local_run: pipeline.RunResult, corpus: Path) -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in corpus.rglob("*.txt")}
    sentences = local_run.table("sentences")
    assert len(sentences) > 6
    for row in sentences.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.text


def test_memory_mode_returns_tables_equal_to_written(local_run: pipeline.RunResult, corpus: Path):
    memory = run(corpus, **FAST)
    assert memory.out is None
    assert_same_tables(memory, local_run)


def test_article_table_counts() -> None:
    from analysis import article_from_text

    art = article_from_text(make_article(0), article_id="x")
    row = pipeline.article_table(art).iloc[0]
    assert row["title"] == "Town story number 0 about the new bridge"
    assert int(row["n_chars"]) == len(art.text)


# --------------------------------------------------------------------------- bad input


@pytest.fixture(scope="module")
def messy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("messy")
    write_corpus(folder, 3)
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\n \t\n")
    (folder / "binary.txt").write_bytes(b"abc\x00\x01\x02def" * 50)
    (folder / "windows.txt").write_bytes(
        "Smart quotes title\n\n\u201cIt works,\u201d she said.\n".encode("cp1252")
    )
    (folder / "huge.txt").write_text("Huge title\n\n" + "word " * 2000)
    (folder / "notes.md").write_text("ignored: not *.txt")
    return folder


@pytest.fixture(scope="module")
def messy_run(messy: Path, tmp_path_factory: pytest.TempPathFactory) -> pipeline.RunResult:
    return run(messy, out=tmp_path_factory.mktemp("messy-out"), max_bytes=5_000, **FAST)


@pytest.mark.parametrize(
    ("article_id", "reason"),
    [
        ("photo", "PNG image"),
        ("empty", "empty"),
        ("blank", "empty"),
        ("binary", "NUL bytes"),
        ("huge", "over the 5,000-byte limit"),
    ],
    ids=["png", "empty", "whitespace", "binary", "huge"],
)
def test_bad_files_are_listed_with_reasons(
    messy_run: pipeline.RunResult, article_id: str, reason: str
) -> None:
    assert messy_run.out is not None
    errors = pd.read_csv(messy_run.out / "errors.csv")
    row = errors[errors["article_id"] == article_id]
    assert len(row) == 1
    assert row["stage"].item() == "read"
    assert reason in row["message"].item()


def test_bad_files_do_not_stop_the_corpus(messy_run: pipeline.RunResult) -> None:
    assert messy_run.exit_code == 1
    assert messy_run.summary["articles"] == 9
    assert messy_run.summary["articles_failed"] == 5
    articles = messy_run.table("articles")
    assert sorted(articles["article_id"]) == ["story_000", "story_001", "story_002", "windows"]
    assert articles.set_index("article_id").loc["windows", "encoding"] == "cp1252"
    assert set(messy_run.table("sentences")["article_id"]) == set(articles["article_id"])


def test_failing_table_helper_is_recorded(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, tmp_path: Path
) -> None:
    import analysis.quotes

    def broken(source: object, **kwargs: object) -> pd.DataFrame:
        raise RuntimeError("quote extractor exploded")

    monkeypatch.setattr(analysis.quotes, "quote_table", broken)
    result = run(corpus, out=tmp_path, **FAST)
    errors = result.errors
    assert "quotes" in set(errors["stage"])  # and any table built on quotes
    assert errors["article_id"].nunique() == 6
    assert errors["message"].str.contains("exploded").all()
    assert result.exit_code == 1
    assert len(result.table("articles")) == 6
    assert len(result.table("sentences")) > 0


def test_unknown_options_raise() -> None:
    with pytest.raises(ValueError, match="`engine` must be one of"):
        run([], engine="spark")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="`format` must be one of"):
        run([], format="xlsx")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="needs an output folder"):
        run([], resume=True)


# --------------------------------------------------------------------------- CSV / JSONL


def test_csv_input_with_named_columns(tmp_path: Path) -> None:
    df = pd.DataFrame(
        {
            "url": [f"https://example.org/{i}" for i in range(3)],
            "body": [make_article(i) for i in range(3)],
            "outlet": ["A", "B", "C"],
        }
    )
    path = tmp_path / "export.csv"
    df.to_csv(path, index=False)
    result = run(path, out=tmp_path / "out", text_column="body", id_column="url", **FAST)
    articles = result.table("articles")
    assert articles["article_id"].tolist() == df["url"].tolist()
    assert articles["source"].tolist() == [f"{path}:{i}" for i in (1, 2, 3)]
    assert result.exit_code == 0


def test_input_metadata_becomes_article_columns(tmp_path: Path) -> None:
    df = pd.DataFrame(
        {
            "url": ["u1", "u2"],
            "body": [make_article(0), make_article(1)],
            "outlet": ["Herald", "Post"],
            "title": ["Given title", "Other"],  # the schema's own title stays ours
        }
    )
    df.to_csv(tmp_path / "export.csv", index=False)
    result = run(tmp_path / "export.csv", text_column="body", id_column="url", **FAST)
    articles = result.table("articles")
    assert articles[["article_id", "outlet", "meta_title"]].values.tolist() == [
        ["u1", "Herald", "Given title"],
        ["u2", "Post", "Other"],
    ]
    assert str(articles["outlet"].dtype) == "string"
    records = [
        {"id": "j1", "text": make_article(0), "tags": ["a", "b"], "score": 3, "x": None},
        {"id": "j2", "text": make_article(1), "score": 4.5},
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    jsonl = run(path, **FAST).table("articles")
    assert jsonl["tags"].fillna("-").tolist() == ['["a", "b"]', "-"]
    assert jsonl["score"].tolist() == ["3", "4.5"]
    assert jsonl["x"].isna().all()


def test_csv_default_columns_fall_back(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    pd.DataFrame({"id": ["a", "b"], "content": [make_article(0), make_article(1)]}).to_csv(
        path, index=False
    )
    result = run(path, **FAST)
    assert result.table("articles")["article_id"].tolist() == ["a", "b"]


def test_csv_without_text_column_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    pd.DataFrame({"id": ["a"], "words": ["x"]}).to_csv(path, index=False)
    result = run(path, **FAST)
    assert result.exit_code == 1
    assert "no text column" in result.errors["message"].item()


def test_jsonl_input_with_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps({"doc_id": f"d{i}", "text": make_article(i)}) for i in range(3)]
    lines.insert(1, "{not json")
    lines.append(json.dumps({"doc_id": "d9", "text": None}))
    path.write_text("\n".join(lines) + "\n")
    assert pipeline.count_items(path) == 5
    result = run(path, out=tmp_path / "out", id_column="doc_id", **FAST)
    assert result.table("articles")["article_id"].tolist() == ["d0", "d1", "d2"]
    errors = result.errors
    assert errors["article_id"].tolist() == ["dump-2", "d9"]
    assert "not valid JSON" in errors["message"].iloc[0]
    assert result.exit_code == 1


def test_duplicate_ids_are_made_unique(tmp_path: Path) -> None:
    write_corpus(tmp_path / "a", 1)
    write_corpus(tmp_path / "b", 1)
    ids = [i.article_id for i in pipeline.iter_items([tmp_path / "a", tmp_path / "b"])]
    assert ids == ["story_000", "story_000~2"]


# --------------------------------------------------------------------------- resume


def test_resume_skips_done_articles(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 4)
    out = tmp_path / "out"
    first = run(corpus, out=out, part_size=2, **FAST)
    assert first.summary["this_run"]["articles"] == 4
    write_corpus(corpus / "sub", 2, start=4)
    second = run(corpus, out=out, part_size=2, resume=True, **FAST)
    assert second.summary["this_run"]["articles"] == 2
    assert second.summary["articles"] == 6
    assert_same_tables(second, run(corpus, out=tmp_path / "fresh", **FAST))


def interrupted_run(tmp_path: Path) -> tuple[Path, Path]:
    """A 6-article corpus run in parts of 2 whose parts 1 and 2 are written but not recorded
    as done (as when a run is stopped between writing a part and recording it)."""
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 4)
    write_corpus(corpus / "sub", 2, start=4)
    out = tmp_path / "out"
    run(corpus, out=out, part_size=2, **FAST)
    done = out / "_done.jsonl"
    done.write_text(done.read_text().splitlines()[0] + "\n")
    return corpus, out


def test_resume_after_an_interrupted_part(tmp_path: Path) -> None:
    corpus, out = interrupted_run(tmp_path)
    again = run(corpus, out=out, part_size=2, resume=True, **FAST)
    assert again.summary["this_run"]["articles"] == 4
    assert_same_tables(again, run(corpus, out=tmp_path / "fresh", **FAST))


def test_fresh_run_clears_previous_parts(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out"
    run(corpus, out=out, part_size=1, **FAST)
    again = run(corpus / "sub", out=out, **FAST)
    assert again.summary["articles"] == 2
    assert len(pipeline.table_paths(out, "articles")) == 1


# --------------------------------------------------------------------------- parallel


def test_jobs_2_gives_identical_tables(
    corpus: Path, tmp_path: Path, local_run: pipeline.RunResult
) -> None:
    parallel = run(corpus, out=tmp_path, jobs=2, part_size=4, **FAST)
    assert parallel.summary["jobs"] == 2
    assert_same_tables(parallel, local_run)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux")
def test_a_dying_worker_loses_only_its_article(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the workers are forked after this patch: the one that reads story_002 dies at once,
    # as when the system kills it; the run restarts the pool and goes on
    read = pipeline._read

    def dying_read(item: pipeline.Item, max_bytes: int):  # type: ignore[no-untyped-def]
        if item.article_id == "story_002":
            os._exit(1)
        return read(item, max_bytes)

    monkeypatch.setattr(pipeline, "_read", dying_read)
    result = run(corpus, out=tmp_path, jobs=2, part_size=4, **FAST)
    assert result.summary["articles"] == 6
    assert result.summary["articles_failed"] == 1
    errors = read_table(tmp_path, "errors")
    assert errors[["article_id", "stage"]].values.tolist() == [["story_002", "worker"]]
    ids = sorted(read_table(tmp_path, "articles")["article_id"])
    assert ids == ["story_000", "story_001", "story_003", "story_004", "story_005"]


def test_dask_engine_gives_identical_tables(
    corpus: Path, tmp_path: Path, local_run: pipeline.RunResult
) -> None:
    pytest.importorskip("distributed")
    on_dask = run(corpus, out=tmp_path, engine="dask", jobs=2, part_size=4, **FAST)
    assert on_dask.summary["engine"] == "dask"
    assert_same_tables(on_dask, local_run)


def test_to_dask_matches_pandas(local_run: pipeline.RunResult) -> None:
    pytest.importorskip("dask.dataframe")
    frames = pipeline.to_dask(local_run)
    assert set(frames) >= {"articles", "sentences", "quotes"}
    sentences = frames["sentences"].compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(sentences, local_run.table("sentences"))
    assert frames["sentences"].npartitions == 2


def test_to_dask_names_the_extra_when_dask_is_absent(
    monkeypatch: pytest.MonkeyPatch, local_run: pipeline.RunResult
) -> None:
    monkeypatch.setitem(sys.modules, "dask.dataframe", None)
    with pytest.raises(ImportError, match=r'pip install "analysis\[dask\]"'):
        pipeline.to_dask(local_run)


# --------------------------------------------------------------------------- corpus level


def test_corpus_terms_sum_the_article_counts(local_run: pipeline.RunResult) -> None:
    out = local_run.out
    assert out is not None
    terms = read_table(out, "terms")
    if terms.empty:
        pytest.skip("term_table gives no rows yet")
    corpus = pipeline.corpus_terms(out)
    expected = terms.groupby("term")["n"].sum()
    got = corpus.set_index("term")["n"]
    assert got.sort_index().tolist() == expected.sort_index().tolist()
    assert corpus["n"].is_monotonic_decreasing
    assert corpus["rel_freq"].sum() == pytest.approx(1.0)
    assert (out / "corpus" / "terms.parquet").is_file()


def test_corpus_terms_from_sums_equal_from_parts(tmp_path: Path) -> None:
    corpus, out = interrupted_run(tmp_path)
    run(corpus, out=out, part_size=2, resume=True, **FAST)
    sums = sorted(p.name for p in (out / "_sums" / "terms").iterdir())
    assert sums == [p.name for p in pipeline.table_paths(out, "terms")]
    from_sums = pipeline.corpus_terms(out)
    shutil.rmtree(out / "_sums")  # an output written before the sums existed
    from_parts = pipeline.corpus_terms(out)
    assert not from_sums.empty
    pd.testing.assert_frame_equal(from_sums, from_parts)


def test_corpus_speakers_from_parts(tmp_path: Path) -> None:
    speakers = schema.frame(
        "speakers",
        {
            "article_id": ["a", "a", "b"],
            "speaker": ["X Y", "Z W", "X Y"],
            "gender": ["female", "male", "female"],
            "n_quotes": [2, 1, 3],
            "n_words": [10, 5, 15],
            "share_of_quoted_words": [0.66, 0.33, 1.0],
            "first_quote_start": [0, 5, 0],
        },
    )
    (tmp_path / "speakers").mkdir()
    speakers.to_parquet(tmp_path / "speakers" / "part-00000.parquet", index=False)
    corpus = pipeline.corpus_speakers(tmp_path)
    assert corpus["speaker"].tolist() == ["X Y", "Z W"]
    assert corpus["n_articles"].tolist() == [2, 1]
    assert corpus["n_quotes"].tolist() == [5, 1]
    assert corpus["share_of_quoted_words"].tolist() == [pytest.approx(25 / 30), 5 / 30]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(blobs=st.lists(st.binary(max_size=300), min_size=1, max_size=4))
def test_any_bytes_are_read_or_listed(tmp_path: Path, blobs: list[bytes]) -> None:
    folder = tmp_path / f"blobs-{abs(hash(tuple(blobs)))}"
    folder.mkdir()
    for i, blob in enumerate(blobs):
        (folder / f"f{i}.txt").write_bytes(blob)
    result = run(folder, **FAST)
    read = set(result.table("articles")["article_id"])
    failed = set(result.errors.loc[result.errors["stage"] == "read", "article_id"])
    assert read | failed == {f"f{i}" for i in range(len(blobs))}
    assert not read & failed
    assert result.summary["articles"] == len(blobs)


def test_csv_parts_read_back_equal_to_parquet(
    corpus: Path, tmp_path: Path, local_run: pipeline.RunResult
) -> None:
    as_csv = run(corpus, out=tmp_path, format="csv", part_size=4, **FAST)
    assert pipeline.table_paths(tmp_path, "quotes")[0].suffix == ".csv"
    assert_same_tables(as_csv, local_run)


def test_article_table_gives_the_seed_title_and_dateline(seed, gold):
    from analysis import article_table

    row = article_table(seed).iloc[0]
    assert row["title"] == gold["title"]
    assert row["dateline"] == gold["dateline"]
    assert row["n_chars"] == len(seed.text)


@pytest.mark.parametrize(
    ("n", "total", "jobs", "sizes"),
    [
        (70, None, 2, [32, 32, 6]),
        (70, 70, 1, [32, 32, 6]),
        (70, 70, 2, [32, 10, 7, 6, 4, 4, 4, 3]),
        (10, 924, 2, [10]),
        (0, 0, 2, []),
    ],
    ids=["total-unknown", "one-job", "tapered", "total-overcounted", "empty"],
)
def test_batches_shrink_at_the_end_of_a_parallel_run(
    n: int, total: int | None, jobs: int, sizes: list[int]
) -> None:
    items = iter(pipeline.Item(i, str(i), "<t>", text="x") for i in range(n))
    batches = list(pipeline._batches(items, 32, total=total, jobs=jobs))
    assert [len(b) for b in batches] == sizes
    assert [i.index for b in batches for i in b] == list(range(n))


def test_warm_up_runs_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline.warm_up()
    calls: list[int] = []
    monkeypatch.setattr(pipeline, "process_batch", lambda *a, **k: calls.append(1))
    pipeline.warm_up()
    assert calls == []


def test_dask_worker_warm_up_freezes_the_loaded_data_once() -> None:
    # in a child process: freezing is for worker processes, not the test runner
    code = (
        "import gc; from analysis.pipeline import dask_worker_warm_up, _WARM\n"
        "dask_worker_warm_up(); first = gc.get_freeze_count()\n"
        "dask_worker_warm_up(); print(bool(_WARM), first > 100_000, gc.get_freeze_count() == first)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ
    )
    assert out.stdout.split() == ["True", "True", "True"]
