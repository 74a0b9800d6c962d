"""How close `tracker ingest` comes to raw Stanza on one machine.

Times, each as its own whole Python process on the same texts (so model
loading counts the same in both and neither warms the other's interpreter):

1. raw Stanza: ``stanza.Pipeline`` on tracker's processors, texts fed through
   ``bulk_process`` in batches of tracker's batch size, once with Stanza's
   defaults and once with the two options tracker sets (``mwt_dict_only`` and
   its possessive-splitting tokenizer postprocessor); the second isolates what
   tracker itself adds, since the default seq2seq MWT model's output (its word
   count and its time) varies from run to run;
2. ``tracker ingest`` end to end (reading, Stanza, attribution, database
   writes) into a fresh SQLite file;
3. ``tracker ingest`` again on the same database, where every article is
   already stored (no Stanza should start).

Then, in this process, it profiles the parts tracker adds on top of Stanza:
the attribution layer alone (``tracker.attribution.extract`` over documents
already annotated) and the database writes alone (``save_article`` into a
fresh database), each as a share of the tracker run.

Peak resident memory of each child process comes from ``os.wait4`` (the
kernel's ru_maxrss for that one child); ``getrusage(RUSAGE_CHILDREN)`` would
only give the largest child so far.

``--memory N`` measures something else: whether memory stays flat over a long
ingest. It cuts the texts into N short articles (consecutive paragraphs, each
opened by a numbered line of its own so no two share a content hash), writes
them to a temporary folder, runs one ``tracker ingest`` over that folder and
samples the child's resident memory (VmRSS in /proc/PID/status) and the count
of stored articles every half second, then prints the memory after each tenth
of the articles and the peak.

    python benchmarks/ingest.py --articles 20 --device cpu
    python benchmarks/ingest.py --texts corpus/articles/wikinews --json /tmp/bench.json
    python benchmarks/ingest.py --memory 1000 --json /tmp/memory.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from tracker import nlp
from tracker.pipeline import BATCH_SIZE

REPO = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = REPO.parent / "shared" / "eval" / "polnear" / "dev" / "text"
BUSY_LOAD = 1.5
# --memory: an article is consecutive paragraphs of at least this many words (short, so
# 1,000 of them take minutes of Stanza rather than most of an hour).
PIECE_WORDS = 30
SAMPLE_EVERY_S = 0.5
# key: (description, use tracker's two Stanza options, --baseline value that selects it)
BASELINES = {
    "raw": ("Stanza defaults", False, "default"),
    "raw_same": ("tracker's: mwt_dict_only, possessive-splitting tokenizer postprocessor",
                 True, "tracker"),
}
LABELS = {"raw": "raw Stanza (defaults)", "raw_same": "raw Stanza (tracker's options)",
          "tracker": "tracker ingest"}

# Raw Stanza, nothing of tracker's: argv[1] is a JSON config, the last stdout line a JSON result.
RAW_DRIVER = r"""
import json, logging, sys, time
start = time.perf_counter()
import stanza
import torch
from stanza import Document
cfg = json.loads(sys.argv[1])
logging.getLogger("stanza").setLevel(logging.ERROR)
extra = {}
if cfg["tracker_settings"]:  # the two options tracker.nlp.load_pipeline adds, nothing else
    from tracker.nlp import split_possessives
    extra = {"tokenize_postprocessor": split_possessives, "mwt_dict_only": True}
pipeline = stanza.Pipeline("en", dir=cfg["models_dir"], processors=cfg["processors"],
                           download_method=None, use_gpu=cfg["use_gpu"], verbose=False, **extra)
loaded = time.perf_counter()
words = 0
paths = cfg["paths"]
for i in range(0, len(paths), cfg["batch_size"]):
    texts = []
    for path in paths[i:i + cfg["batch_size"]]:
        with open(path, encoding="utf-8-sig") as fh:
            texts.append(fh.read())
    docs = pipeline.bulk_process([Document([], text=t) for t in texts])
    words += sum(doc.num_words for doc in docs)
done = time.perf_counter()
gpu = torch.cuda.get_device_name(0) if cfg["use_gpu"] else None
print(json.dumps({"words": words, "load_s": loaded - start, "annotate_s": done - loaded,
                  "torch_threads": torch.get_num_threads(), "gpu": gpu}))
"""

# Used only when tracker.cli has no `ingest --quiet` command: tracker.pipeline.ingest directly.
PIPELINE_DRIVER = r"""
import json, sys
from tracker.pipeline import Annotator, ingest
from tracker.store import open_database
cfg = json.loads(sys.argv[1])
engine = open_database(cfg["db"])
report = ingest(engine, cfg["paths"], Annotator(cfg["models_dir"], cfg["device"]))
engine.dispose()
print(f"{report.stored} stored, {report.skipped} skipped (already stored), {report.failed} failed")
"""

# A re-run timed inside the process: the ingest() call alone (twice), and whether it
# loaded a Stanza pipeline or even imported torch.
RERUN_DRIVER = r"""
import json, sys, time
from tracker.pipeline import Annotator, ingest
from tracker.store import open_database
cfg = json.loads(sys.argv[1])
engine = open_database(cfg["db"])
annotator = Annotator(cfg["models_dir"], cfg["device"])
times, skipped = [], []
for _ in range(2):
    start = time.perf_counter()
    report = ingest(engine, cfg["paths"], annotator)
    times.append(time.perf_counter() - start)
    skipped.append(report.skipped)
engine.dispose()
print(json.dumps({"first_s": times[0], "second_s": times[1], "skipped": skipped,
                  "pipeline_loaded": annotator._pipeline is not None,
                  "torch_imported": "torch" in sys.modules}))
"""


@dataclass
class Proc:
    """One timed child process."""

    wall_s: float
    cpu_s: float
    max_rss_mb: float
    returncode: int
    stdout: str
    stderr: str

    def last_json(self) -> dict[str, Any]:
        lines = [line for line in self.stdout.splitlines() if line.startswith("{")]
        return json.loads(lines[-1]) if lines else {}


@dataclass
class Results:
    machine: dict[str, Any] = field(default_factory=dict)
    texts: dict[str, Any] = field(default_factory=dict)
    baselines: dict[str, dict[str, Any]] = field(default_factory=dict)
    tracker: dict[str, Any] = field(default_factory=dict)
    ratio: float | None = None  # tracker words/s over the default raw pipeline's
    ratio_same_settings: float | None = None  # ... over raw Stanza with tracker's two options
    profile: dict[str, Any] = field(default_factory=dict)
    rerun: dict[str, Any] = field(default_factory=dict)
    memory_method: str = "os.wait4 ru_maxrss of each child process (this process: RUSAGE_SELF)"
    memory: dict[str, Any] = field(default_factory=dict)  # --memory: RSS over a long ingest
    notes: list[str] = field(default_factory=list)


def run_child(argv: list[str], workdir: Path, name: str) -> Proc:
    """Run argv to completion; wall time and that child's own peak RSS (os.wait4)."""
    out_path, err_path = workdir / f"{name}.out", workdir / f"{name}.err"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=REPO)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    proc = Proc(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, child.returncode,
                out_path.read_text(errors="replace"), err_path.read_text(errors="replace"))
    if proc.returncode != 0:
        sys.exit(f"{name} failed (exit {proc.returncode}): {' '.join(argv[:4])} ...\n"
                 f"{proc.stderr[-3000:]}")
    return proc


def pick_texts(folder: Path, count: int | None) -> list[str]:
    paths = sorted(str(p) for p in folder.glob("*.txt"))
    if not paths:
        sys.exit(f"no .txt files in {folder}")
    return paths[:count]


def warm_file_cache(paths: list[str], models_dir: Path) -> None:
    """Read the texts and model files once so no timed process pays cold disk reads."""
    for path in [*paths, *(str(p) for p in models_dir.rglob("*") if p.is_file())]:
        with open(path, "rb") as fh:
            while fh.read(1 << 20):
                pass


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def tracker_command(db: Path, paths: list[str], models_dir: str, device: str) -> tuple[list, str]:
    """The `tracker ingest` argv, or the inline tracker.pipeline.ingest driver when the CLI
    has no such command yet; the second item says which."""
    try:
        from tracker.cli import main as cli

        command = cli.commands.get("ingest")
        has_quiet = command is not None and any(p.name == "quiet" for p in command.params)
    except Exception:  # noqa: BLE001 - a CLI being edited must not stop the benchmark
        has_quiet = False
    if has_quiet:
        exe = shutil.which("tracker", path=str(Path(sys.executable).parent))
        base = [exe] if exe else [sys.executable, "-m", "tracker"]
        argv = [*base, "--db", str(db), "--models-dir", models_dir, "--device", device,
                "ingest", *paths, "--quiet"]
        return argv, "tracker ingest (CLI)"
    cfg = {"db": str(db), "paths": paths, "models_dir": models_dir, "device": device}
    return ([sys.executable, "-c", PIPELINE_DRIVER, json.dumps(cfg)],
            "tracker.pipeline.ingest (inline driver: tracker.cli has no `ingest --quiet`)")


def stored_counts(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as connection:
        articles, words = connection.execute(
            "SELECT count(*), coalesce(sum(word_count), 0) FROM articles").fetchone()
    return int(articles), int(words)


def profile_layers(paths: list[str], models_dir: str, device: str, workdir: Path) -> dict:
    """In this process: Stanza (tracker's own pipeline), then extract() alone, then
    save_article() alone into a fresh database."""
    from tracker import __version__
    from tracker.articles import Article, read_articles
    from tracker.attribution import extract
    from tracker.store import finish_run, open_database, save_article, start_run

    articles = [a for a in read_articles(paths) if isinstance(a, Article)]
    start = time.perf_counter()
    pipeline = nlp.load_pipeline(models_dir, device)
    loaded = time.perf_counter()
    docs = list(nlp.annotate(pipeline, [a.text for a in articles], BATCH_SIZE))
    annotated = time.perf_counter()
    extractions = [extract(doc, article.text) for doc, article in zip(docs, articles, strict=True)]
    extracted = time.perf_counter()

    opened = time.perf_counter()
    engine = open_database(str(workdir / "profile.db"))
    run_id = start_run(engine, tracker_version=__version__, stanza_version=nlp.stanza_version(),
                       models=nlp.model_packages(models_dir), models_dir=models_dir, device=device)
    ready = time.perf_counter()
    for article, extraction, doc in zip(articles, extractions, docs, strict=True):
        save_article(engine, article, extraction, run_id=run_id, word_count=doc.num_words)
    saved = time.perf_counter()
    finish_run(engine, run_id, seen=len(articles), stored=len(articles), skipped=0, failed=0)
    engine.dispose()
    return {
        "articles": len(articles),
        "stanza_load_s": loaded - start,
        "stanza_annotate_s": annotated - loaded,
        "attribution_s": extracted - annotated,
        "db_open_s": ready - opened,
        "db_writes_s": saved - ready,
        "attributions": sum(len(e.attributions) for e in extractions),
    }


def write_pieces(texts: list[str], count: int, folder: Path) -> int:
    """Write `count` short articles cut from `texts` (read in place, never copied into the
    repository) into `folder`; the texts are cycled through again if they run out, the
    numbered first line keeping every article distinct. Returns the words written."""
    words = written = 0
    while True:
        for path in texts:
            paragraphs = Path(path).read_text(encoding="utf-8-sig").split("\n\n")
            chunk: list[str] = []
            for paragraph in filter(None, map(str.strip, paragraphs)):
                chunk.append(paragraph)
                size = sum(len(p.split()) for p in chunk)
                if size < PIECE_WORDS:
                    continue
                written += 1
                body = "\n\n".join(chunk)
                (folder / f"{written:05d}.txt").write_text(
                    f"Item {written}.\n\n{body}\n", encoding="utf-8")
                words += size + 2
                chunk = []
                if written == count:
                    return words


def rss_mb(pid: int) -> float | None:
    """The process's resident memory now, from /proc (None once it has exited)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def stored_articles(db: Path) -> int:
    """Articles stored so far, read the way any other reader would (0 before the schema)."""
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as connection:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def measure_memory(paths: list[str], count: int, models_dir: str, device: str) -> dict[str, Any]:
    """One `tracker ingest` over `count` short articles, its RSS sampled as it goes."""
    with tempfile.TemporaryDirectory(prefix="tracker-memory-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        words = write_pieces(paths, count, folder)
        db = Path(tmp) / "memory.db"
        argv, how = tracker_command(db, [str(folder)], models_dir, device)
        print(f"{count} articles ({words} words) in {folder}; {how} ...", flush=True)
        samples: list[tuple[float, float, int]] = []  # (seconds, RSS MB, articles stored)
        with open(Path(tmp) / "ingest.err", "wb") as err:
            start = time.perf_counter()
            child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=err,
                                     stdin=subprocess.DEVNULL, cwd=REPO)
            shown = 0
            while not (waited := os.wait4(child.pid, os.WNOHANG))[0]:
                rss = rss_mb(child.pid)
                if rss is not None:
                    samples.append((time.perf_counter() - start, rss, stored_articles(db)))
                    if samples[-1][2] >= (shown + 1) * count / 10:  # live, for long runs
                        shown = 10 * samples[-1][2] // count
                        print(f"  {samples[-1][2]} stored after {samples[-1][0]:.0f} s: "
                              f"RSS {rss:.0f} MB", flush=True)
                time.sleep(SAMPLE_EVERY_S)
            wall = time.perf_counter() - start
        _, status, usage = waited
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            sys.exit(f"tracker ingest failed (exit {child.returncode}):\n"
                     f"{(Path(tmp) / 'ingest.err').read_text(errors='replace')[-3000:]}")
        output = child.stdout.read().decode(errors="replace").strip().splitlines()[-1:]
        stored = stored_articles(db)
    deciles = []
    for tenth in range(1, 11):
        reached = [s for s in samples if s[2] >= tenth * count / 10]
        if reached:
            seconds, rss, articles = reached[0]
            peak = max(s[1] for s in samples if s[0] <= seconds)
            deciles.append({"percent": 10 * tenth, "articles": articles, "seconds": seconds,
                            "rss_mb": rss, "peak_so_far_mb": peak})
    peak_sampled = max(s[1] for s in samples)
    return {"articles": count, "words": words, "stored": stored, "wall_s": wall,
            "output": output, "how": how, "sample_every_s": SAMPLE_EVERY_S,
            "samples": len(samples), "deciles": deciles, "peak_sampled_mb": peak_sampled,
            "peak_mb": usage.ru_maxrss / 1024,
            "growth_after_first_tenth_mb": usage.ru_maxrss / 1024 - deciles[0]["peak_so_far_mb"]}


def report_memory(res: Results) -> None:
    mem = res.memory
    print()
    print(f"{' '.join(mem['output'])}: {mem['articles']} articles, {mem['words']} words, "
          f"{mem['wall_s']:.0f} s, {mem['samples']} samples of VmRSS every "
          f"{mem['sample_every_s']} s")
    print(f"{'articles':>10}{'stored':>8}{'after s':>9}{'RSS MB':>9}{'peak so far MB':>16}")
    for row in mem["deciles"]:
        print(f"{row['percent']:>9}%{row['articles']:>8}{row['seconds']:>9.0f}"
              f"{row['rss_mb']:>9.0f}{row['peak_so_far_mb']:>16.0f}")
    print(f"peak RSS {mem['peak_mb']:.0f} MB (ru_maxrss of the whole run); above the peak "
          f"of the first tenth by {mem['growth_after_first_tenth_mb']:.0f} MB")


def main(argv: list[str] | None = None) -> Results:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20, help="first N texts (default 20)")
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS,
                        help="folder of .txt articles, read in place (default PolNeAR dev)")
    parser.add_argument("--device", choices=["cpu", "cuda", "auto"], default="cpu")
    parser.add_argument("--models-dir", help="Stanza models (default $STANZA_RESOURCES_DIR)")
    parser.add_argument("--baseline", choices=["default", "tracker", "both"], default="both",
                        help="raw Stanza with its defaults, with the two options tracker sets "
                        "(mwt_dict_only, possessive split), or both (default)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run every process N times in rotating order, keep the fastest")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the numbers here")
    parser.add_argument("--memory", type=int, metavar="N",
                        help="instead: RSS of one tracker ingest over N short articles cut "
                        "from all the texts")
    args = parser.parse_args(argv)

    texts_dir = args.texts if args.texts.is_absolute() else (Path.cwd() / args.texts)
    paths = pick_texts(texts_dir.resolve(), None if args.memory else args.articles)
    try:
        models_dir = str(nlp.find_models_dir(args.models_dir))
    except nlp.ModelsNotFound as exc:
        sys.exit(str(exc))
    use_gpu = nlp.resolve_device(args.device)
    device = "cuda" if use_gpu else "cpu"

    res = Results()
    res.machine = {
        "device": device,
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)),
        "python": platform.python_version(),
        "torch": version("torch"),
        "stanza": version("stanza"),
        "tracker": version("tracker"),
        "load_before": round(os.getloadavg()[0], 2),
    }
    res.texts = {"folder": str(texts_dir), "articles": len(paths), "batch_size": BATCH_SIZE,
                 "processors": nlp.PROCESSORS}
    print(f"device {device} | CPU {res.machine['cpu']} x{res.machine['cores_usable']} | "
          f"Python {res.machine['python']} torch {res.machine['torch']} "
          f"stanza {res.machine['stanza']} | load {res.machine['load_before']}")
    print(f"{len(paths)} articles from {texts_dir}; processors {nlp.PROCESSORS}; "
          f"batch {BATCH_SIZE}")
    if args.memory:
        res.memory = measure_memory(paths, args.memory, models_dir, device)
        res.machine["load_after"] = round(os.getloadavg()[0], 2)
        report_memory(res)
        write_json(res, args.json)
        return res
    warm_file_cache(paths, Path(models_dir))

    with tempfile.TemporaryDirectory(prefix="tracker-bench-") as tmp:
        workdir = Path(tmp)
        raw_cfg = {"paths": paths, "models_dir": models_dir, "processors": nlp.PROCESSORS,
                   "use_gpu": use_gpu, "batch_size": BATCH_SIZE}
        jobs = [key for key in BASELINES if args.baseline in (BASELINES[key][2], "both")]
        jobs.append("tracker")
        runs: dict[str, list[Proc]] = {key: [] for key in jobs}
        how = ""
        for i in range(max(1, args.repeat)):
            shift = i % len(jobs)  # rotate the order so no one always runs first
            for key in jobs[shift:] + jobs[:shift]:
                if key == "tracker":
                    argv_run, how = tracker_command(workdir / f"bench{i}.db", paths, models_dir,
                                                    device)
                else:
                    cfg = {**raw_cfg, "tracker_settings": BASELINES[key][1]}
                    argv_run = [sys.executable, "-c", RAW_DRIVER, json.dumps(cfg)]
                print(f"run {i + 1}: {LABELS[key]} ...", end=" ", flush=True)
                runs[key].append(run_child(argv_run, workdir, f"{key}{i}"))
                print(f"{runs[key][-1].wall_s:.1f} s", flush=True)
        best = {key: min(procs, key=lambda p: p.wall_s) for key, procs in runs.items()}
        trk = best["tracker"]
        db = workdir / f"bench{runs['tracker'].index(trk)}.db"
        outs = {key: best[key].last_json() for key in jobs if key != "tracker"}
        # One word count for every row, so the ratios are ratios of time. Prefer the count
        # with tracker's options: the default seq2seq MWT model's count varies run to run.
        words = (outs.get("raw_same") or outs["raw"])["words"]
        first_out = next(iter(outs.values()))
        if first_out.get("gpu"):
            res.machine["gpu"] = first_out["gpu"]
        res.machine["torch_threads"] = first_out.get("torch_threads")
        for key, out in outs.items():
            proc = best[key]
            res.baselines[key] = {
                "stanza_settings": BASELINES[key][0], "wall_s": proc.wall_s, "cpu_s": proc.cpu_s,
                "words": words, "words_counted": out["words"], "words_per_s": words / proc.wall_s,
                "load_s": out["load_s"], "annotate_s": out["annotate_s"],
                "max_rss_mb": proc.max_rss_mb, "all_wall_s": [p.wall_s for p in runs[key]],
                "ratio": proc.wall_s / trk.wall_s, "cpu_ratio": proc.cpu_s / trk.cpu_s,
            }
        stored, tracker_words = stored_counts(db)
        res.tracker = {"how": how, "wall_s": trk.wall_s, "cpu_s": trk.cpu_s, "words": words,
                       "words_per_s": words / trk.wall_s, "stored": stored,
                       "tracker_word_count": tracker_words, "max_rss_mb": trk.max_rss_mb,
                       "output": trk.stdout.strip().splitlines()[-1:],
                       "all_wall_s": [p.wall_s for p in runs["tracker"]]}
        headline = res.baselines.get("raw") or res.baselines["raw_same"]
        res.ratio = headline["ratio"]
        if "raw_same" in res.baselines:
            res.ratio_same_settings = res.baselines["raw_same"]["ratio"]
        if stored != len(paths):
            res.notes.append(f"tracker stored {stored} of {len(paths)} articles")

        print("re-run over the stored articles ...", flush=True)
        argv_again, _ = tracker_command(db, paths, models_dir, device)
        again = run_child(argv_again, workdir, "rerun")
        cfg = {"db": str(db), "paths": paths, "models_dir": models_dir, "device": device}
        probe = run_child([sys.executable, "-c", RERUN_DRIVER, json.dumps(cfg)], workdir, "probe")
        probe_out = probe.last_json()
        res.rerun = {"wall_s": again.wall_s, "cpu_s": again.cpu_s,
                     "articles_per_s": len(paths) / again.wall_s,
                     "max_rss_mb": again.max_rss_mb,
                     "output": again.stdout.strip().splitlines()[-1:],
                     "ingest_call_first_s": probe_out["first_s"],
                     "ingest_call_second_s": probe_out["second_s"],
                     "ingest_call_articles_per_s": len(paths) / probe_out["second_s"],
                     "skipped": probe_out["skipped"],
                     "stanza_pipeline_loaded": probe_out["pipeline_loaded"],
                     "torch_imported": probe_out["torch_imported"]}

        print("profile in this process: Stanza, then attribution alone, then DB writes alone ...",
              flush=True)
        prof = profile_layers(paths, models_dir, device, workdir)
        prof["attribution_share"] = prof["attribution_s"] / trk.wall_s
        prof["db_writes_share"] = prof["db_writes_s"] / trk.wall_s
        prof["db_open_share"] = prof["db_open_s"] / trk.wall_s
        prof["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        res.profile = prof
    res.machine["load_after"] = round(os.getloadavg()[0], 2)
    busy = max(res.machine["load_before"], res.machine["load_after"]) > BUSY_LOAD
    res.machine["busy"] = busy

    report(res)
    write_json(res, args.json)
    return res


def write_json(res: Results, path: Path | None) -> None:
    if path:
        path.write_text(json.dumps(asdict(res), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path}")


def report(res: Results) -> None:
    trk, again, prof = res.tracker, res.rerun, res.profile
    print()
    print(f"{'':<32}{'wall s':>8}{'CPU s':>8}{'words':>8}{'words/s':>9}{'peak RSS MB':>13}")
    rows = [*((LABELS[key], row) for key, row in res.baselines.items()), (LABELS["tracker"], trk)]
    for name, row in rows:
        print(f"{name:<32}{row['wall_s']:>8.1f}{row['cpu_s']:>8.1f}{row['words']:>8}"
              f"{row['words_per_s']:>9.0f}{row['max_rss_mb']:>13.0f}")
    print(f"{'tracker ingest again (stored)':<32}{again['wall_s']:>8.1f}{again['cpu_s']:>8.1f}"
          f"{'':>8}{'':>9}{again['max_rss_mb']:>13.0f}")
    print()
    for key, row in res.baselines.items():
        print(f"ratio tracker / {LABELS[key]} (words/s): {row['ratio']:.2f} "
              f"(by CPU time {row['cpu_ratio']:.2f}); target >= 0.9")
        print(f"  {LABELS[key]}: model load {row['load_s']:.1f} s, annotate "
              f"{row['annotate_s']:.1f} s, {row['words_counted']} words counted")
    print(f"  tracker: {trk['how']}; {' '.join(trk['output'])}; "
          f"{trk['tracker_word_count']} words stored")
    print(f"profile (in-process, shares of the {trk['wall_s']:.1f} s tracker run):")
    print(f"  attribution (extract) {prof['attribution_s']:.2f} s = "
          f"{100 * prof['attribution_share']:.1f}%")
    print(f"  database writes (save_article) {prof['db_writes_s']:.2f} s = "
          f"{100 * prof['db_writes_share']:.1f}%")
    print(f"  database open + migrations {prof['db_open_s']:.2f} s = "
          f"{100 * prof['db_open_share']:.1f}%")
    print(f"  (tracker's Stanza pipeline here: load {prof['stanza_load_s']:.1f} s, "
          f"annotate {prof['stanza_annotate_s']:.1f} s)")
    print(f"re-run: {' '.join(again['output'])}; whole process {again['wall_s']:.2f} s = "
          f"{again['articles_per_s']:.1f} articles/s")
    print(f"  ingest() call alone: first {again['ingest_call_first_s']:.3f} s, "
          f"second {again['ingest_call_second_s']:.3f} s = "
          f"{again['ingest_call_articles_per_s']:.0f} articles/s; Stanza pipeline loaded: "
          f"{again['stanza_pipeline_loaded']}; torch imported: {again['torch_imported']}")
    print(f"peak RSS from {res.memory_method}; profiling process {prof['max_rss_mb']:.0f} MB")
    m = res.machine
    busy = f" on {m['cores_usable']} cores: busy machine, timings are noisy" if m["busy"] else ""
    print(f"load average {m['load_before']} before, {m['load_after']} after{busy}")
    for note in res.notes:
        print(f"note: {note}")


if __name__ == "__main__":
    main()
