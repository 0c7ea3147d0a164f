"""The index's entries (scripts/index_terms.yml), and marking each one's first mention in every chapter.

What is marked, and how, is told in scripts/add_index_entries.py, the command
that runs main(). missing_entries() says what a notebook has yet to mark.
"""

import argparse
import re

import nbformat
import yaml

from booktools.notebooks import prose, read_notebook
from booktools.paths import CHAPTERS, ROOT, SCRIPTS

TERMS = SCRIPTS / "index_terms.yml"
# Events first, so that "Lushan conference" is indexed as the event before
# "Lushan" is looked for as a place.
ORDER = ["Campaigns and events", "People", "Historians and demographers", "Places"]

PROTECT = re.compile(
    r"\{[^}\s]+\}`[^`]*`"                 # roles: {cite:p}`…`, {term}`…`, {index}`…`
    r"|`[^`]*`"                            # inline code
    r"|“[^“”]*”|‘[^‘’]*’(?!\w)"            # quotations, even across line breaks
    r"|\[[^\]]*\]\([^)]*\)"               # Markdown links
    r"|<[^>\n]+>"                          # HTML tags
    r"|\$[^$\n]+\$"                        # inline maths
    r"|(?m:^(?:>|#|:::|```|~~~|\s*:[\w-]+:|\().*$)"  # block quotes, headings, fences, options, targets
)


def terms_by_category(path=TERMS):
    """{category: {index heading: [patterns]}}, the categories in ORDER."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert set(data) == set(ORDER), f"{path.name}: the categories must be {ORDER}"
    return {category: data[category] for category in ORDER}


def load_terms(path=TERMS):
    return [(name, patterns) for terms in terms_by_category(path).values() for name, patterns in terms.items()]


def role(text, name):
    return f"{{index}}`{text}`" if text == name else f"{{index}}`{text} <single: {name}>`"


def indexed_names(source):
    names = set()
    for text in re.findall(r"\{index\}`([^`]*)`", source):
        match = re.fullmatch(r"(?s)(.*?)\s*<single: ([^>]+)>", text)
        names.add(match.group(2).strip() if match else text.strip())
    return names


def protected_spans(source):
    return [m.span() for m in PROTECT.finditer(source)]


def first_mention(cells, patterns):
    """(cell index, start, end) of the first unprotected mention, or None."""
    regex = re.compile(r"(?<![\w-])(?:" + "|".join(patterns) + r")(?![\w-])")
    for index, cell in enumerate(cells):
        if cell.cell_type != "markdown":
            continue
        spans = protected_spans(cell.source)
        for match in regex.finditer(cell.source):
            if "\n" in match.group(0):
                continue
            if not any(start <= match.start() < end for start, end in spans):
                return index, match.start(), match.end()
    return None


def missing_entries(nb, terms):
    """Names mentioned in a notebook but not yet indexed there."""
    done = indexed_names(prose(nb))
    return [(name, patterns) for name, patterns in terms if name not in done and first_mention(nb.cells, patterns)]


def mark(nb, terms):
    added = []
    for name, patterns in missing_entries(nb, terms):
        found = first_mention(nb.cells, patterns)
        if found is None:  # an earlier entry took this mention
            continue
        index, start, end = found
        cell = nb.cells[index]
        cell.source = cell.source[:start] + role(cell.source[start:end], name) + cell.source[end:]
        added.append(name)
    return added


def main(argv=None):
    """Mark what is missing, or with --check list it; return the exit status."""
    parser = argparse.ArgumentParser(description="Mark the first mention of each index entry in every chapter.")
    parser.add_argument("--check", action="store_true", help="report missing entries and exit 1, change nothing")
    args = parser.parse_args(argv)
    terms = load_terms()
    problems = 0
    for path in sorted(CHAPTERS.glob("*.ipynb")):
        nb = read_notebook(path)
        if args.check:
            for name, _ in missing_entries(nb, terms):
                print(f"{path.relative_to(ROOT)}: mentions {name!r} without an index entry")
                problems += 1
            continue
        added = mark(nb, terms)
        if added:
            nbformat.write(nb, path)
            print(f"{path.relative_to(ROOT)}: indexed {', '.join(added)}")
    return 1 if problems else 0
