"""Reading the book's text: notebooks and Markdown pages, their prose, and the values they glue."""

import re

import nbformat

from booktools.paths import ROOT

GLUE_ROLE = re.compile(r"\{glue(?::\w+)?\}`([^`:]+)(?::[^`]*)?`")


def read_notebook(path):
    return nbformat.read(path, as_version=4)


def prose(nb):
    """All the markdown cells of a notebook, as one text."""
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def code(nb):
    """All the code cells of a notebook, as one text."""
    return "\n".join(c.source for c in nb.cells if c.cell_type == "code")


def markdown_blocks(path):
    """(location, text) for every piece of prose in a page.

    A notebook gives one block per markdown cell; a Markdown page gives one
    block for the whole file. The location says where a problem was found.
    """
    rel = path.relative_to(ROOT)
    if path.suffix == ".ipynb":
        nb = read_notebook(path)
        return [(f"{rel}, cell {i}", cell.source) for i, cell in enumerate(nb.cells) if cell.cell_type == "markdown"]
    return [(str(rel), path.read_text(encoding="utf-8"))]


def glued_values(nb):
    """{name: text/plain value} for every value a notebook glues with myst_nb.glue."""
    values = {}
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            name = output.get("metadata", {}).get("scrapbook", {}).get("name")
            if name:
                data = output.get("data", {})
                text = data.get("text/plain") or data.get("application/papermill.record/text/plain")
                values[name] = text
    return values


def glue_references(text):
    """Names used by {glue:text}`name:format` (and the other glue roles) in prose."""
    return GLUE_ROLE.findall(text)
