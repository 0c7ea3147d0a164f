"""The built book: building it from scratch, and the pages a reader can reach in it."""

import subprocess
from pathlib import Path

from booktools.paths import JUPYTER_BOOK, ROOT

# Every warning an error, with Sphinx's nitpicky reference checking, as the
# pages workflow builds.
STRICT = ["-W", "-n", "--keep-going"]


def build_book(out, strict=False, timeout=None):
    """Build the whole book into `out` (--path-output), so a reader's own _build/ is untouched.

    Returns (completed process, path to the HTML); the process's output is captured.
    """
    result = subprocess.run(
        [str(JUPYTER_BOOK), "build", str(ROOT), "--path-output", str(out), *(STRICT if strict else [])],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return result, Path(out) / "_build" / "html"


def reader_pages(html):
    """Every published page a reader can reach.

    Sphinx's internal _sources, _static ... are not pages, and neither are the
    stubs at old addresses that only send the reader on (_ext/redirects.py).
    """
    return sorted(
        p for p in html.rglob("*.html")
        if not p.relative_to(html).parts[0].startswith("_") and 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")
    )
