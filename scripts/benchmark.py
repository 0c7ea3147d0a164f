#!/usr/bin/env python
"""Benchmark the course module: how long does it take to build and to check?

This is a benchmark, not a test. It prints figures, compares each with a
target, and says PASS or MISS. Missing a target does not make it fail: it
exits 0. It exits non-zero only when something actually goes wrong, such as
the book failing to build, a notebook raising an error, or nbval failing.

Run it from the repository root, with the project's virtual environment:

    python scripts/benchmark.py                 # everything
    python scripts/benchmark.py --skip-build    # notebooks and nbval only
    python scripts/benchmark.py --skip-nbval    # builds and notebooks only
    python scripts/benchmark.py --repeat 5      # median of 5 notebook runs
    python scripts/benchmark.py --root PATH     # benchmark another copy

What it measures:

1. Clean build: ``jupyter-book build . --path-output TMP`` into a fresh
   temporary directory, so your own ``_build/`` is never touched.
2. No-change rebuild: the same command again, into the same directory.
3. Each chapter notebook (``chapters/*.ipynb``) run top to bottom in a fresh
   ``python3`` kernel, with ``chapters/`` as the working directory, split into
   kernel start-up, cell execution and kernel shut-down. Nothing is written
   back to the notebooks.
4. The whole nbval run: ``python -m pytest --nbval chapters ...``.

The last line printed is one JSON object with every figure, for machines.

Only the standard library, nbclient/nbformat and booktools/paths.py are used.
"""

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from anywhere

# The repository this script lives in, and the jupyter-book that belongs to
# this very Python environment (never some other installation on PATH).
from booktools.paths import JUPYTER_BOOK, ROOT  # noqa: E402

# --------------------------------------------------------------------------
# Targets, in seconds. A figure at or under its target is a PASS.
# --------------------------------------------------------------------------
TARGET_NOTEBOOK_S = 5.0  # each notebook, fresh kernel, top to bottom
TARGET_CLEAN_BUILD_S = 60.0  # whole book, empty output directory
TARGET_REBUILD_S = 10.0  # whole book again, nothing changed

# Generous per-cell timeout: we want a slow cell to be measured, not killed.
CELL_TIMEOUT_S = 600


def parse_args():
    parser = argparse.ArgumentParser(
        description="Time the book build, each chapter notebook, and nbval.",
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=ROOT,
        help="book to benchmark (default: the repository this script is in)",
    )
    parser.add_argument(
        "--skip-build",
        action="store_true",
        help="do not time the clean build and the no-change rebuild",
    )
    parser.add_argument(
        "--skip-nbval",
        action="store_true",
        help="do not time the nbval run",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="N",
        help="run each notebook N times and report the median (default: 1)",
    )
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    args.root = args.root.resolve()
    if not (args.root / "_config.yml").is_file():
        parser.error(f"{args.root} has no _config.yml; is it a Jupyter Book?")
    return args


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------
def verdict(seconds, target):
    """PASS if the figure meets its target, MISS if not."""
    return "PASS" if seconds <= target else "MISS"


def row(label, seconds=None, target=None, result="", note=None):
    """One line of the table: label, time, target, result."""
    time_text = note if seconds is None else f"{seconds:.2f} s"
    target_text = "(none)" if target is None else f"<= {target:g} s"
    return f"{label:<40}{time_text:>10}   {target_text:<10}{result}"


def child_env():
    """The environment for every process we start.

    PYTHONDONTWRITEBYTECODE keeps kernels and pytest from leaving
    __pycache__/ folders (e.g. for chapters/bookstyle.py) in the book. It only
    stops *writing* bytecode; installed packages still load their cached
    bytecode, so timings are not affected in any way that matters.
    """
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # Put this environment's bin/ first, so anything the tools start
    # themselves (kernels, sphinx) comes from the same environment.
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


def run_timed(cmd, cwd):
    """Run a command, capturing its output; return (seconds, exit code, output)."""
    start = time.perf_counter()
    proc = subprocess.run(
        cmd,
        cwd=cwd,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    return time.perf_counter() - start, proc.returncode, proc.stdout


def show_failure(what, cmd, output, lines=60):
    """Print the end of a failed command's output to stderr, loudly."""
    print(f"\n*** {what} FAILED ***", file=sys.stderr)
    print("command: " + " ".join(str(c) for c in cmd), file=sys.stderr)
    tail = output.splitlines()[-lines:]
    print(f"last {len(tail)} lines of its output:", file=sys.stderr)
    for line in tail:
        print("    " + line, file=sys.stderr)
    print(file=sys.stderr)


# --------------------------------------------------------------------------
# 1 and 2: clean build, then no-change rebuild
# --------------------------------------------------------------------------
def benchmark_builds(root):
    """Time a clean build and a no-change rebuild. Returns a dict."""
    result = {"clean_build_s": None, "rebuild_s": None, "ok": False}
    if not JUPYTER_BOOK.is_file():
        print(f"*** jupyter-book not found at {JUPYTER_BOOK} ***", file=sys.stderr)
        return result

    out_dir = Path(tempfile.mkdtemp(prefix="book-benchmark-"))
    cmd = [str(JUPYTER_BOOK), "build", ".", "--path-output", str(out_dir)]
    try:
        for key, what in (("clean_build_s", "clean build"), ("rebuild_s", "no-change rebuild")):
            print(f"... {what}", flush=True)
            seconds, code, output = run_timed(cmd, cwd=root)
            # jupyter-book exits non-zero on a failed build; also check the
            # home page really exists, in case a failure went unreported.
            index = out_dir / "_build" / "html" / "index.html"
            if code != 0 or not index.is_file():
                show_failure(f"{what} (exit {code})", cmd, output)
                return result
            result[key] = seconds
        result["ok"] = True
        return result
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)


# --------------------------------------------------------------------------
# 3: each chapter notebook in a fresh kernel
# --------------------------------------------------------------------------
def time_notebook_once(path):
    """Run one notebook top to bottom in a new kernel; return its timings.

    This follows NotebookClient.execute() step by step, so that we can stop
    the clock between kernel start-up, the cells, and kernel shut-down.
    """
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name="python3",
        timeout=CELL_TIMEOUT_S,
        # The kernel's working directory: the notebook's own folder, as in
        # JupyterLab and in nbval, so relative paths like ../data/ work.
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.reset_execution_trackers()

    t_start = time.perf_counter()
    with client.setup_kernel(env=child_env()):
        # The kernel counts as started once it answers a kernel_info request.
        client.wait_for_reply(client.kc.kernel_info())
        t_ready = time.perf_counter()
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
        t_cells_done = time.perf_counter()
    t_end = time.perf_counter()  # leaving the block shut the kernel down

    # The executed notebook (nb) is simply dropped: nothing is written back.
    #
    # "total" is start-up plus cells: the time from asking for a fresh kernel
    # to having the last output, which is what the 5-second target is about.
    # Shut-down is reported too, but not counted: it does not depend on the
    # notebook and varies from run to run (a fraction of a second to ~3 s).
    return {
        "startup_s": t_ready - t_start,
        "cells_s": t_cells_done - t_ready,
        "total_s": t_cells_done - t_start,
        "shutdown_s": t_end - t_cells_done,
    }


def benchmark_notebooks(root, repeat):
    """Time every chapters/*.ipynb; the median of `repeat` runs of each."""
    results = {}
    failed = False
    for path in sorted((root / "chapters").glob("*.ipynb")):
        name = path.relative_to(root).as_posix()
        runs = []
        for i in range(repeat):
            print(f"... {name} (run {i + 1} of {repeat})", flush=True)
            try:
                runs.append(time_notebook_once(path))
            except CellExecutionError as err:
                print(f"\n*** {name} FAILED to execute ***\n{err}\n", file=sys.stderr)
                failed = True
                break
            except Exception as err:  # kernel died, timed out, bad JSON, ...
                print(f"\n*** {name} FAILED: {type(err).__name__}: {err} ***\n", file=sys.stderr)
                failed = True
                break
        if len(runs) < repeat:
            results[name] = None  # no timing for a notebook that failed
            continue
        # Median of each part separately, over the runs.
        results[name] = {
            key: statistics.median(run[key] for run in runs) for key in runs[0]
        }
    return results, not failed


# --------------------------------------------------------------------------
# 4: the whole nbval run
# --------------------------------------------------------------------------
def benchmark_nbval(root):
    """Time pytest --nbval over chapters/; returns a dict with exit code."""
    cmd = [
        sys.executable, "-m", "pytest", "--nbval", "chapters",
        "-q", "-p", "no:cacheprovider",  # no .pytest_cache/ left behind
        "--nbval-current-env",  # use this environment's kernel
    ]
    sanitize = root / "tests" / "sanitize.cfg"
    if sanitize.is_file():
        cmd += ["--nbval-sanitize-with", "tests/sanitize.cfg"]
    print("... nbval", flush=True)
    seconds, code, output = run_timed(cmd, cwd=root)
    if code != 0:
        show_failure(f"nbval (exit {code})", cmd, output)
    # pytest's one-line summary, e.g. "12 passed in 9.31s", for the table.
    summary = output.strip().splitlines()[-1] if output.strip() else ""
    return {"nbval_s": seconds, "exit_status": code, "summary": summary}


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------
def main():
    args = parse_args()
    ok = True
    report = {
        "machine": {
            "cpu_count": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "root": str(args.root),
        "targets_s": {
            "notebook": TARGET_NOTEBOOK_S,
            "clean_build": TARGET_CLEAN_BUILD_S,
            "rebuild": TARGET_REBUILD_S,
        },
        "repeat": args.repeat,
    }

    print("Machine")
    print(f"  cpu count      {os.cpu_count()}")
    print(f"  python         {platform.python_version()} ({sys.executable})")
    print(f"  platform       {platform.platform()}")
    print(f"  book           {args.root}")
    print(flush=True)

    # Measure everything first (progress lines go out as we go) ...
    builds = None
    if not args.skip_build:
        builds = benchmark_builds(args.root)
        ok = ok and builds["ok"]
    notebooks, notebooks_ok = benchmark_notebooks(args.root, args.repeat)
    ok = ok and notebooks_ok
    nbval = None
    if not args.skip_nbval:
        nbval = benchmark_nbval(args.root)
        ok = ok and nbval["exit_status"] == 0

    # ... then print the table in one piece.
    line = "-" * 78
    print()
    print(f"{'Measurement':<40}{'Time':>10}   {'Target':<10}Result")
    print(line)

    if builds is None:
        print(row("clean build", target=TARGET_CLEAN_BUILD_S, result="skipped", note="-"))
        print(row("no-change rebuild", target=TARGET_REBUILD_S, result="skipped", note="-"))
    else:
        for key, label, target in (
            ("clean_build_s", "clean build", TARGET_CLEAN_BUILD_S),
            ("rebuild_s", "no-change rebuild", TARGET_REBUILD_S),
        ):
            seconds = builds[key]
            if seconds is None and key == "rebuild_s" and builds["clean_build_s"] is None:
                print(row(label, target=target, result="not run", note="-"))
            elif seconds is None:
                print(row(label, target=target, result="FAILED", note="-"))
            else:
                print(row(label, seconds, target, verdict(seconds, target)))
    report["build"] = builds  # None when skipped

    print(line)
    median = f" (median of {args.repeat})" if args.repeat > 1 else ""
    print(f"Notebooks, fresh kernel{median}: total = kernel start-up + cells")
    if not notebooks:
        print("  (no chapters/*.ipynb found)")
    for name, t in notebooks.items():
        if t is None:
            print(row(name, target=TARGET_NOTEBOOK_S, result="FAILED", note="-"))
            continue
        print(row(name, t["total_s"], TARGET_NOTEBOOK_S, verdict(t["total_s"], TARGET_NOTEBOOK_S)))
        print(f"    start-up {t['startup_s']:.2f} s + cells {t['cells_s']:.2f} s "
              f"(kernel shut-down, not counted: {t['shutdown_s']:.2f} s)")
    report["notebooks"] = notebooks

    print(line)
    if nbval is None:
        print(row("nbval (all chapters)", result="skipped", note="-"))
    else:
        status = "ok" if nbval["exit_status"] == 0 else "FAILED"
        print(row("nbval (all chapters)", nbval["nbval_s"], None,
                  f"{status}, exit {nbval['exit_status']}"))
        if nbval["summary"]:
            print(f"    pytest: {nbval['summary']}")
    report["nbval"] = nbval  # None when skipped
    print(line)

    # Which measured figures missed their targets (failed or skipped
    # measurements have no figure, so they cannot miss).
    measured = []
    if builds is not None:
        measured.append(("clean build", builds["clean_build_s"], TARGET_CLEAN_BUILD_S))
        measured.append(("no-change rebuild", builds["rebuild_s"], TARGET_REBUILD_S))
    for name, t in notebooks.items():
        measured.append((name, t["total_s"] if t else None, TARGET_NOTEBOOK_S))
    missed = [label for label, seconds, target in measured
              if seconds is not None and seconds > target]
    report["missed_targets"] = missed
    report["ok"] = ok
    if not ok:
        print("Something FAILED (see the messages above): exit status 1.")
    elif missed:
        print(f"{len(missed)} target(s) missed: {', '.join(missed)}. (A benchmark: still exit 0.)")
    else:
        print("All targets met.")

    # The last line: everything, as one JSON object.
    print(json.dumps(report))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
