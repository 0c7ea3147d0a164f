"""What _ext/ and docutils.conf promise the published pages, so an upgrade cannot drop it silently.

_ext/speed.py defers scripts and keeps one copy of each; docutils.conf makes
body images load lazily; _ext/accessibility.py fixes the bibliography's roles
and the code toggles' labels. Those are workarounds for what Sphinx, docutils,
the theme and extensions write, so they depend on exact versions: the last
test fails when the installed theme no longer matches its pins. (The
JupyterHub buttons of _ext/launch.py are checked in tests/test_launch.py.)
"""

from collections import Counter
from importlib.metadata import version

import pytest
from bs4 import BeautifulSoup

from booktools.build import reader_pages
from booktools.paths import requirement_pins
from booktools.toc import chapter_notebooks, page_name

CHAPTER_PAGES = [page_name(p) for p in chapter_notebooks()]
THEME = ["sphinx-book-theme", "pydata-sphinx-theme"]


def soup(html, page):
    return BeautifulSoup((html / page).read_text(encoding="utf-8"), "html.parser")


@pytest.mark.parametrize("page", CHAPTER_PAGES)
def test_script_files_do_not_block_the_first_paint(build, page):
    """Every script file but documentation_options.js is deferred (async ones already do not block)."""
    _, html = build
    blocking = [
        s["src"]
        for s in soup(html, page).find_all("script", src=True)
        if not (s.has_attr("defer") or s.has_attr("async")) and "documentation_options.js" not in s["src"]
    ]
    assert not blocking, f"{page}: these scripts block the first paint (see _ext/speed.py): {blocking}"


def test_the_search_page_runs_doctools_before_searchtools(build):
    """On the search page the theme loads searchtools.js without defer, and it calls doctools.js's _ready() at once."""
    _, html = build
    scripts = {s["src"].split("?")[0].split("/")[-1]: s for s in soup(html, "search.html").find_all("script", src=True)}
    if not scripts["searchtools.js"].has_attr("defer"):
        assert not scripts["doctools.js"].has_attr("defer"), (
            "search.html defers doctools.js but not searchtools.js, which needs it at once (see _ext/speed.py)"
        )


@pytest.mark.parametrize("page", CHAPTER_PAGES)
def test_images_in_the_article_load_lazily(build, page):
    _, html = build
    article = soup(html, page).select_one("article.bd-article")
    assert article is not None, f"{page}: no <article class='bd-article'> (did the theme change?)"
    images = article.find_all("img")
    assert images, f"{page}: no image in the article, so lazy loading is untested"
    eager = [img.get("src") for img in images if img.get("loading") != "lazy"]
    assert not eager, f"{page}: images without loading=lazy (see docutils.conf): {eager}"


def test_no_page_loads_a_script_twice(build):
    """One copy of each script file and of each inline script (sphinx-thebe's is listed twice by Sphinx 7.4)."""
    _, html = build
    pages = reader_pages(html)
    assert len(pages) > len(CHAPTER_PAGES)
    twice = {}
    for path in pages:
        scripts = [s.get("src") or s.get_text().strip() for s in soup(html, path.relative_to(html)).find_all("script")]
        repeated = [script[:60] for script, n in Counter(s for s in scripts if s).items() if n > 1]
        if repeated:
            twice[path.relative_to(html).as_posix()] = repeated
    assert not twice, f"scripts loaded twice (see _ext/speed.py): {twice}"


def test_bibliography_entries_are_list_items(build):
    _, html = build
    page = soup(html, "reference/bibliography.html")
    entries = page.select("div.citation")
    assert entries, "reference/bibliography.html has no entries"
    roles = Counter(entry.get("role") for entry in entries)
    assert roles == {"listitem": len(entries)}, f"bibliography entry roles (see _ext/accessibility.py): {dict(roles)}"
    for path in reader_pages(html):
        assert 'role="doc-biblioentry"' not in path.read_text(encoding="utf-8"), f"{path.name}: deprecated doc-biblioentry role"


def test_code_toggles_are_named_by_their_visible_text(build):
    _, html = build
    toggles = 0
    for path in reader_pages(html):
        for summary in soup(html, path.relative_to(html)).find_all("summary"):
            toggles += 1
            label = summary.get("aria-label")
            assert label is None, f"{path.name}: a toggle is labelled {label!r}, not by its text (see _ext/accessibility.py)"
    if not toggles:
        pytest.skip("no page has a hidden code cell: the toggle fix in _ext/accessibility.py may no longer be needed")


def test_installed_theme_is_the_pinned_one():
    """_ext/ and _templates/ rely on the theme's internals: a new version must be checked, not slipped in."""
    pins = requirement_pins()
    for name in THEME:
        assert name in pins, f"requirements.txt does not pin {name}, on which _ext/ and _templates/ depend"
        assert version(name) == pins[name], (
            f"{name} {version(name)} is installed but requirements.txt pins {pins[name]}. _ext/ (launch.py, speed.py, "
            f"icons.py) and _templates/ depend on the theme's internals: check them against the new version "
            f"(python -m pytest tests/test_speed.py tests/test_launch.py tests/test_index.py tests/test_browser.py), "
            f"then change the pin."
        )
