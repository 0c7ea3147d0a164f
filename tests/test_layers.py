"""Every test is in exactly one layer (fast, notebooks, build, browser), given by what it needs.

Each test here runs a small pytest session of its own, in a temporary folder,
with the layering hook of tests/layers.py as its conftest.
"""

import pytest

from booktools.paths import ROOT

EXAMPLES = '''
import pytest

def test_source():
    pass

def test_page(build):
    pass

def test_screen(browser, build):
    pass

def test_kernel(run_notebook):
    pass

@pytest.mark.build
def test_marked_as_it_needs(build):
    pass
'''


def session(pytester, source):
    pytester.makeconftest((ROOT / "tests" / "layers.py").read_text(encoding="utf-8"))
    pytester.makepyfile(test_examples=source)


def test_each_test_gets_the_layer_of_what_it_needs(pytester):
    session(pytester, EXAMPLES)
    items, _ = pytester.inline_genitems("-p", "no:nbval")
    layers = {item.name: [mark.name for mark in item.iter_markers()] for item in items}
    assert layers == {
        "test_source": ["fast"],
        "test_page": ["build"],
        "test_screen": ["browser"],
        "test_kernel": ["notebooks"],
        "test_marked_as_it_needs": ["build"],
    }


@pytest.mark.parametrize("marks", ["@pytest.mark.fast", "@pytest.mark.build\n@pytest.mark.browser"])
def test_a_test_marked_into_another_layer_stops_the_run(pytester, marks):
    session(pytester, f"import pytest\n\n{marks}\ndef test_page(build):\n    pass\n")
    result = pytester.runpytest("--collect-only", "-p", "no:nbval")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*exactly one layer*", "*test_page*"])
