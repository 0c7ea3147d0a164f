"""The index of people, places, campaigns and events.

scripts/index_terms.yml lists the entries and how the chapters write them;
scripts/add_index_entries.py (booktools/index_terms.py) marks each entry's
first mention in every chapter with MyST's {index} role. These tests fail when a chapter mentions an entry
without marking it, and check the published index page.
"""

import nbformat
import pytest
from bs4 import BeautifulSoup

from booktools.index_terms import ORDER, load_terms, missing_entries, terms_by_category
from booktools.notebooks import read_notebook
from booktools.toc import chapter_notebooks

TERMS = load_terms()


@pytest.mark.parametrize("path", chapter_notebooks(), ids=lambda p: p.stem)
def test_every_mention_of_an_index_entry_is_indexed(path):
    missing = [name for name, _ in missing_entries(read_notebook(path), TERMS)]
    assert not missing, (
        f"{path.name} mentions {missing} without an index entry: run python scripts/add_index_entries.py"
    )


def test_the_check_finds_an_unmarked_name_but_not_a_quoted_one():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Peng Dehuai at Lushan\n\n> Peng Dehuai wrote a letter.\n\nSpence writes “Peng Dehuai”."),
    ]
    assert [name for name, _ in missing_entries(nb, TERMS)] == ["Spence, Jonathan"]
    nb.cells.append(nbformat.v4.new_markdown_cell("Then Peng Dehuai spoke."))
    assert "Peng Dehuai" in [name for name, _ in missing_entries(nb, TERMS)]
    nb.cells[1].source = "Then {index}`Peng <single: Peng Dehuai>` spoke."
    assert "Peng Dehuai" not in [name for name, _ in missing_entries(nb, TERMS)]


def test_the_index_lists_each_category_and_names_every_page_it_links_to(build):
    _, html = build
    soup = BeautifulSoup((html / "genindex.html").read_text(encoding="utf-8"), "html.parser")
    entries = {li.select_one(".glf-index-entry").get_text(): li for li in soup.select("ul.glf-index > li")}
    mentioned = {
        name
        for path in chapter_notebooks()
        for name, patterns in TERMS
        if f"<single: {name}>" in path.read_text(encoding="utf-8") or f"{{index}}`{name}`" in path.read_text(encoding="utf-8")
    }
    assert mentioned - set(entries) == set(), f"indexed in a chapter but missing from the index: {mentioned - set(entries)}"
    by_category = {category: [n for n in terms if n in entries] for category, terms in terms_by_category().items()}
    empty = [category for category in ORDER if not by_category[category]]
    assert not empty, f"the index has nothing under {empty}"
    for name, item in entries.items():
        for link in item.find_all("a", recursive=False):
            text = link.get_text(strip=True)
            assert text and not text.startswith("["), f"index entry {name!r} has a link named {text!r}"
