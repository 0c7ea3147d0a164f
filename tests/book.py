"""Small helpers the tests share: where things are, and how to read the book's text.

Kept deliberately plain; every test file imports from here rather than
re-implementing how to find chapters or split a notebook into prose and code.
"""

import re
from pathlib import Path

import nbformat
import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CHAPTERS = ROOT / "chapters"
SEEDS = ROOT.parent / "shared" / "seeds"


def toc_files():
    """Every page named in _toc.yml, as a path (with its real suffix)."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    names = [toc["root"]]

    def walk(entries):
        for entry in entries or []:
            if "file" in entry:
                names.append(entry["file"])
            walk(entry.get("sections"))

    for part in toc.get("parts", []):
        walk(part.get("chapters"))
    walk(toc.get("chapters"))

    paths = []
    for name in names:
        for suffix in (".ipynb", ".md"):
            if (ROOT / f"{name}{suffix}").exists():
                paths.append(ROOT / f"{name}{suffix}")
                break
        else:
            raise FileNotFoundError(f"_toc.yml names {name!r}, but no {name}.ipynb or {name}.md exists")
    return paths


def chapter_notebooks():
    """The chapter notebooks in the table of contents, in book order."""
    return [p for p in toc_files() if p.suffix == ".ipynb"]


def read_notebook(path):
    return nbformat.read(path, as_version=4)


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


def fold(text):
    """Fold whitespace only: every run of spaces, tabs, line breaks and no-break spaces becomes one space."""
    return re.sub(r"\s+", " ", text).strip()


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


GLUE_ROLE = re.compile(r"\{glue(?::\w+)?\}`([^`:]+)(?::[^`]*)?`")


def glue_references(text):
    """Names used by {glue:text}`name:format` (and the other glue roles) in prose."""
    return GLUE_ROLE.findall(text)
