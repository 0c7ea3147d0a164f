"""Quotation fidelity: every quotation in the book is verbatim and attributed.

A quotation is either
  * a block quotation: lines starting with ``>``, whose last line starts with
    an em dash and says who, when, and cites the source with {cite}; or
  * an inline quotation in curly double quotes, “like this”, in a paragraph
    that cites its source with {cite}.

Each quotation must occur, word for word, in one of the seed documents in
../shared/seeds/ or in the quotation register data/quotations.csv. Only
whitespace and line breaks are folded, so a changed word, letter or mark
fails. An omission inside a quotation is written ``[…]``; each part around it
must then occur, in order, in the same document.
"""

import functools
import re

import pandas as pd
import pytest

from booktools.notebooks import markdown_blocks
from booktools.paths import DATA, SEEDS
from booktools.seeds import fold, seed_documents
from booktools.toc import toc_files

ELISION = re.compile(r"\s*\[(?:…|\.\.\.)\]\s*")
INLINE = re.compile(r"“([^“”]+)”")
CITE = re.compile(r"\{cite(?::\w+)?\}`")
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b|n\.d\.")


def strip_code(text):
    """Remove fenced code, inline code and roles' targets: quotations live in prose."""
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    return re.sub(r"`[^`]*`", " ", text)


def find_quotations():
    """Yield (location, quotation text, attribution or paragraph, kind)."""
    for page in toc_files():
        for location, text in markdown_blocks(page):
            paragraphs = re.split(r"\n\s*\n", text)
            block_lines = []
            for para in paragraphs + [""]:
                lines = para.splitlines()
                is_block = bool(lines) and all(line.startswith(">") for line in lines)
                if is_block:
                    block_lines.extend(line[1:].strip() for line in lines)
                    if not any(line[1:].strip().startswith("—") for line in lines):
                        continue  # the quotation goes on; its attribution is still to come
                if block_lines:  # a block quotation just ended (at its attribution)
                    body = [ln for ln in block_lines if ln and not ln.startswith("—")]
                    attribution = " ".join(ln for ln in block_lines if ln.startswith("—"))
                    yield location, " ".join(body), attribution, "block"
                    block_lines = []
                if is_block:
                    continue
                for quote in INLINE.findall(strip_code(para)):
                    yield location, quote, para, "inline"


QUOTATIONS = list(find_quotations())


@functools.cache
def corpus():
    """{document name: folded text} for the seeds (if present) and the register, read once."""
    docs = seed_documents()
    register = pd.read_csv(DATA / "quotations.csv", dtype=str)
    for row in register.itertuples():
        docs[f"data/quotations.csv:{row.id}"] = fold(row.text)
    return docs


def occurs_in_order(parts, document):
    position = 0
    for part in parts:
        found = document.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


def test_the_book_has_quotations():
    blocks = [q for q in QUOTATIONS if q[3] == "block"]
    assert len(blocks) >= 2, "the exemplar chapter promises at least two primary quotations"


@pytest.mark.parametrize("location, quote, context, kind", QUOTATIONS, ids=[f"{q[0]}: {q[1][:40]}" for q in QUOTATIONS])
def test_quotation_is_attributed(location, quote, context, kind):
    assert CITE.search(context), f"{location}: quotation “{quote[:60]}…” has no {{cite}} in its {kind} attribution"
    if kind == "block":
        assert context.startswith("—"), f"{location}: block quotation “{quote[:60]}…” needs a last line '— who, when, {{cite}}'"
        assert YEAR.search(context), f"{location}: the attribution of “{quote[:60]}…” does not say when (a year, or n.d.)"


@pytest.mark.parametrize("location, quote, context, kind", QUOTATIONS, ids=[f"{q[0]}: {q[1][:40]}" for q in QUOTATIONS])
def test_quotation_is_verbatim(location, quote, context, kind):
    if not SEEDS.is_dir():
        pytest.skip(f"../shared/seeds not found at {SEEDS}: seed quotations cannot be checked in this clone")
    parts = [fold(p) for p in ELISION.split(quote) if fold(p)]
    matches = [name for name, text in corpus().items() if occurs_in_order(parts, text)]
    assert matches, (
        f"{location}: this {kind} quotation is not verbatim in any seed document or in data/quotations.csv "
        f"(only whitespace is folded):\n  “{quote}”"
    )


def test_fidelity_check_catches_a_changed_word():
    """The check itself must be able to fail: one altered word is caught."""
    if not SEEDS.is_dir():
        pytest.skip(f"../shared/seeds not found at {SEEDS}: seed quotations cannot be checked in this clone")
    docs = corpus()
    genuine = "had to be revised downward to 250 million tons"
    altered = "had to be revised down to 250 million tons"
    assert any(occurs_in_order([genuine], d) for d in docs.values())
    assert not any(occurs_in_order([altered], d) for d in docs.values())


def test_no_straight_quotes_in_prose():
    """Quotations use curly quotes, so that the checks above can find every one."""
    problems = []
    for page in toc_files():
        for location, text in markdown_blocks(page):
            prose = strip_code(text)
            prose = re.sub(r"^\s*:[\w-]+:.*$", " ", prose, flags=re.M)  # directive options
            prose = re.sub(r"<[^>]+>", " ", prose)  # raw HTML attributes
            for match in re.finditer(r'"[^"\n]{2,}"', prose):
                problems.append(f"{location}: {match.group(0)[:60]}")
    assert not problems, "straight double quotes in prose (use “ ” for quotations):\n" + "\n".join(problems)
