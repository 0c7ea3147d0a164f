"""Fixtures shared by the test files: one clean build of the book per test session."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.book import ROOT

JUPYTER_BOOK = Path(sys.executable).parent / "jupyter-book"


@pytest.fixture(scope="session")
def build(tmp_path_factory):
    """Build the whole book from scratch into a temporary folder, warnings as errors.

    Returns (completed process, path to the HTML). A reader's own _build/ is untouched.
    """
    out = tmp_path_factory.mktemp("book")
    result = subprocess.run(
        [str(JUPYTER_BOOK), "build", str(ROOT), "--path-output", str(out), "-W", "-n", "--keep-going"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    return result, out / "_build" / "html"
