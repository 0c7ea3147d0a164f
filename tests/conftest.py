"""Fixtures shared by the test files: one clean build of the book per test session,
served on 127.0.0.1; one headless Chromium; a way to run a notebook.

Which layer a test is in (fast, notebooks, build, browser) follows from which
of these fixtures it uses: see tests/layers.py.
"""

import os

import pytest

from booktools.build import build_book
from booktools.paths import CHROMIUM
from booktools.server import serve

pytest_plugins = ["pytester"]  # tests/test_layers.py runs small pytest sessions of its own


def say(config, line):
    """Print one line to the terminal, even while pytest captures the output."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.ensure_newline()  # after a file's progress dots
            if reporter.verbosity < 0:
                reporter.write("\n")  # after -q's progress dots
            reporter.write_line(line)


@pytest.fixture(scope="session")
def build(request, tmp_path_factory):
    """Build the whole book from scratch into a temporary folder, warnings as errors.

    Returns (completed process, path to the HTML). A reader's own _build/ is untouched.
    """
    say(request.config, "building the book (about a minute)…")
    return build_book(tmp_path_factory.mktemp("book"), strict=True, timeout=600)


@pytest.fixture(scope="session")
def site(build):
    """Serve the built HTML on 127.0.0.1; yield (base URL, html folder)."""
    result, html = build
    if result.returncode != 0:
        pytest.fail("the book did not build; see test_book_builds_without_warnings")
    with serve(html) as base:
        yield base, html


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium (Debian's, driven by Playwright; Playwright's own browser download is never used)."""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} not found: install Debian's chromium package to run the browser tests"
        if os.environ.get("GLF_REQUIRE_BROWSER"):
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def run_notebook():
    """run_notebook(nb, folder, env=None): run a notebook top to bottom in a fresh python3 kernel, in `folder`."""
    from nbclient import NotebookClient

    def run(nb, folder, env=None, timeout=120):
        NotebookClient(nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(folder)}}).execute(env=env)
        return nb

    return run
