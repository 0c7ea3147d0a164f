"""The table of contents (_toc.yml): every page of the book, in reading order."""

import yaml

from booktools.paths import ROOT


def toc_files():
    """Every page named in _toc.yml, in reading order, as a path (with its real suffix)."""
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
    """The chapter notebooks in the table of contents, in reading order."""
    return [p for p in toc_files() if p.suffix == ".ipynb"]


def page_name(source):
    """Where a source page is published, relative to the HTML folder: 'chapters/timeline.html'."""
    return source.relative_to(ROOT).with_suffix(".html").as_posix()
