"""The seed documents (../shared/seeds/), and how the book's text is compared with them.

Only whitespace is folded before comparing, so a changed word, letter or mark
still differs.
"""

import functools
import re
from pathlib import Path

from booktools.paths import SEEDS


def fold(text):
    """Fold whitespace only: every run of spaces, tabs, line breaks and no-break spaces becomes one space."""
    return re.sub(r"\s+", " ", text).strip()


@functools.cache
def _documents(seeds_dir):
    if not seeds_dir.is_dir():
        return {}
    return {path.name: fold(path.read_text(encoding="utf-8")) for path in sorted(seeds_dir.glob("*.txt"))}


def seed_documents(seeds_dir=SEEDS):
    """{file name: folded text} for every seed document (read once); empty when the folder is missing."""
    return dict(_documents(Path(seeds_dir)))


def seed_text(key, seeds_dir=SEEDS):
    """The folded text of the seed document for a bibliography key like 'seed002' (the file 002_*.txt), or None."""
    if not key.startswith("seed"):
        return None
    prefix = key.removeprefix("seed") + "_"
    texts = [text for name, text in _documents(Path(seeds_dir)).items() if name.startswith(prefix)]
    return texts[0] if len(texts) == 1 else None
