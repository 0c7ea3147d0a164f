"""How much of what the seed documents claim can a reader find in the book?

A measurement for authors, not a test. For every claim in
../shared/reference/seed_claims.csv it looks in the book's own sources
(the prose and quotations of every page in _toc.yml, and the data files'
exact_text and value columns) for evidence that the claim is there:

  * the claim's exact words from the seed (whitespace folded, case ignored), or
  * every number in the claim's `value`, on one page or in one data row.

It prints coverage by topic and lists the claims it could not find, so an
author can check them by hand (the match is a heuristic: a claim can be
covered in other words, and a number can match by coincidence).

    python scripts/seed_coverage.py [--missing]
"""

import argparse
import re
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from anywhere

from booktools.notebooks import glued_values, markdown_blocks, read_notebook  # noqa: E402
from booktools.paths import DATA, SEED_CLAIMS  # noqa: E402
from booktools.seeds import fold  # noqa: E402
from booktools.toc import toc_files  # noqa: E402


def page_texts():
    """{page: lower-case text}: prose, quotations and glued values of every page."""
    texts = {}
    for page in toc_files():
        parts = [text for _, text in markdown_blocks(page)]
        if page.suffix == ".ipynb":
            parts += [str(v) for v in glued_values(read_notebook(page)).values()]
        texts[page.name] = fold(" ".join(parts)).lower()
    return texts


def data_texts():
    """{file:row: lower-case text} for every row of every data file."""
    texts = {}
    for csv in sorted(DATA.glob("*.csv")):
        for i, row in pd.read_csv(csv, dtype=str).fillna("").iterrows():
            texts[f"{csv.name}:{i + 2}"] = fold(" ".join(row.values)).lower()
    return texts


def numbers(value):
    return [n.replace(",", "") for n in re.findall(r"\d[\d,]*(?:\.\d+)?", str(value))]


def found(claim, places):
    exact = fold(str(claim["exact_text"])).lower()
    if exact and any(exact in text for text in places.values()):
        return "exact words"
    wanted = numbers(claim["value"]) if pd.notna(claim["value"]) else []
    if wanted:
        for where, text in places.items():
            flat = text.replace(",", "")
            if all(re.search(rf"(?<![\d.]){re.escape(n)}(?![\d])", flat) for n in wanted):
                return f"numbers on {where}"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--missing", action="store_true", help="list every claim not found")
    args = parser.parse_args()
    if not SEED_CLAIMS.exists():
        print(f"{SEED_CLAIMS} not found: nothing to measure")
        return 0
    claims = pd.read_csv(SEED_CLAIMS)
    places = {**page_texts(), **data_texts()}
    claims["found"] = [found(c, places) for _, c in claims.iterrows()]
    claims["covered"] = claims["found"].notna()
    by_topic = claims.groupby("topic")["covered"].agg(["sum", "count"]).sort_values("count", ascending=False)
    print(f"Seed claims found in the book: {claims['covered'].sum()} of {len(claims)} "
          f"({claims['covered'].mean():.0%})\n")
    print(by_topic.rename(columns={"sum": "found", "count": "claims"}).to_string())
    if args.missing:
        print("\nNot found (check by hand):")
        for _, c in claims[~claims["covered"]].iterrows():
            print(f"  {c['id']} [{c['topic']}] {c['claim']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
