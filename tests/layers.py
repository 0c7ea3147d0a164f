"""Test layers: every test, and every notebook cell nbval checks, is in exactly one.

    fast       sources only: no kernel, no book build, no browser
    notebooks  runs notebooks in a kernel (nbval's cells, tests using run_notebook)
    build      needs the built book (the `build` fixture)
    browser    drives Chromium (the `browser` fixture)

The layer follows from what a test needs, so a new test lands in one without
being marked by hand. A layer marked by hand may only agree: a test marked
`fast` that uses the built book, or marked with two layers, stops the run. The layers are registered, with
the same descriptions, in pytest.ini, which loads this plugin (`-p tests.layers`)
so that `pytest -m notebooks chapters/<name>.ipynb` knows the layers too.
"""

import pytest

LAYERS = ("fast", "notebooks", "build", "browser")


def layer(item):
    """The one layer an item belongs to, from what it needs."""
    needs = set(getattr(item, "fixturenames", ()))
    if "browser" in needs:
        return "browser"
    if "build" in needs:
        return "build"
    if item.path.suffix == ".ipynb" or "run_notebook" in needs:
        return "notebooks"
    return "fast"


@pytest.hookimpl(tryfirst=True)  # before `-m` selects by mark
def pytest_collection_modifyitems(config, items):
    wrong = []
    for item in items:
        needed = layer(item)
        marked = {mark.name for mark in item.iter_markers() if mark.name in LAYERS}
        if marked - {needed}:
            wrong.append(f"{item.nodeid}: marked {' and '.join(sorted(marked))}, but it needs {needed}")
        elif not marked:
            item.add_marker(needed)
    if wrong:
        raise pytest.UsageError(f"each test belongs to exactly one layer ({', '.join(LAYERS)}):\n  " + "\n  ".join(wrong))
