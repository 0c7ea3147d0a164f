"""The glossary defines the module's terms, and the chapters link to it."""

import re

from tests.book import ROOT, chapter_notebooks, read_notebook

REQUIRED = [
    "Commune", "Cadre", "Agricultural producers' cooperative", "Procurement", "Red flag and white flag",
    "Rightist", "Excess deaths", "Crude death rate", "Jin", "Mu", "Brigade", "Work points",
]


def glossary_terms():
    text = (ROOT / "glossary.md").read_text(encoding="utf-8")
    body = text.split("```{glossary}", 1)[1].split("\n```", 1)[0]
    return {line.strip() for line in body.splitlines() if line and not line.startswith(" ")}


def test_glossary_defines_the_terms_readers_need():
    missing = [term for term in REQUIRED if term not in glossary_terms()]
    assert not missing, f"glossary.md does not define: {missing}"


def test_every_chapter_links_to_the_glossary():
    terms = {t.lower() for t in glossary_terms()}
    for path in chapter_notebooks():
        prose = "\n".join(c.source for c in read_notebook(path).cells if c.cell_type == "markdown")
        linked = re.findall(r"\{term\}`(?:[^`<]*<)?([^`>]+)>?`", prose)
        assert linked, f"{path.name} links no glossary term"
        unknown = [t for t in linked if t.strip().lower() not in terms]
        assert not unknown, f"{path.name} links terms the glossary lacks: {unknown}"


def test_every_glossary_term_is_linked_from_a_chapter():
    """Every term is not only defined but reached from the text."""
    linked = set()
    for path in chapter_notebooks():
        prose = "\n".join(c.source for c in read_notebook(path).cells if c.cell_type == "markdown")
        linked |= {t.strip().lower() for t in re.findall(r"\{term\}`(?:[^`<]*<)?([^`>]+)>?`", prose)}
    unlinked = [term for term in glossary_terms() if term.lower() not in linked]
    assert not unlinked, f"no chapter links these glossary terms: {unlinked}"
