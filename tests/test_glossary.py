"""The glossary defines the module's terms, and the chapters link to it."""

import re

from booktools.notebooks import prose, read_notebook
from booktools.paths import ROOT
from booktools.toc import chapter_notebooks

REQUIRED = [
    "Commune", "Cadre", "Agricultural producers' cooperative", "Procurement", "Red flag and white flag",
    "Rightist", "Excess deaths", "Crude death rate", "Jin", "Mu", "Brigade", "Work points",
]


def glossary_terms():
    text = (ROOT / "reference" / "glossary.md").read_text(encoding="utf-8")
    body = text.split("```{glossary}", 1)[1].split("\n```", 1)[0]
    return {line.strip() for line in body.splitlines() if line and not line.startswith(" ")}


def linked_terms(path):
    """The glossary terms a chapter links to with {term}, lower-cased."""
    return [t.strip().lower() for t in re.findall(r"\{term\}`(?:[^`<]*<)?([^`>]+)>?`", prose(read_notebook(path)))]


def test_glossary_defines_the_terms_readers_need():
    missing = [term for term in REQUIRED if term not in glossary_terms()]
    assert not missing, f"reference/glossary.md does not define: {missing}"


def test_every_chapter_links_to_the_glossary():
    terms = {t.lower() for t in glossary_terms()}
    for path in chapter_notebooks():
        linked = linked_terms(path)
        assert linked, f"{path.name} links no glossary term"
        unknown = [t for t in linked if t not in terms]
        assert not unknown, f"{path.name} links terms the glossary lacks: {unknown}"


def test_every_glossary_term_is_linked_from_a_chapter():
    """Every term is not only defined but reached from the text."""
    linked = {term for path in chapter_notebooks() for term in linked_terms(path)}
    unlinked = [term for term in glossary_terms() if term.lower() not in linked]
    assert not unlinked, f"no chapter links these glossary terms: {unlinked}"
