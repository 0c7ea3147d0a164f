"""Where things are: the repository's folders, the programs it runs, and the seed documents beside it."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CHAPTERS = ROOT / "chapters"
SCRIPTS = ROOT / "scripts"
BIBLIOGRAPHY = ROOT / "references.bib"
# The authors' workspace beside the repository (../shared/) holds the five seed
# documents and the list of their claims; a reader's clone does not have them.
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SEED_CLAIMS = SHARED / "reference" / "seed_claims.csv"
# The jupyter-book of this very Python environment, never another one on PATH.
JUPYTER_BOOK = Path(sys.executable).parent / "jupyter-book"
# Debian's Chromium, unless GLF_CHROMIUM names another Chromium or Chrome.
CHROMIUM = Path(os.environ.get("GLF_CHROMIUM", "/usr/bin/chromium"))


def requirement_lines():
    """The requirement lines of requirements.txt, comments and blank lines left out."""
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    return [line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()]


def requirement_pins():
    """{package name in lower case: pinned version} for every `name==version` line of requirements.txt."""
    return {name.lower(): version for name, _, version in (line.partition("==") for line in requirement_lines()) if version}
