"""Where things are: the repository's folders, and the seed documents beside it."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CHAPTERS = ROOT / "chapters"
SCRIPTS = ROOT / "scripts"
# The five seed documents sit beside the repository in the authors' workspace
# (../shared/seeds/); a reader's clone does not have them.
SEEDS = ROOT.parent / "shared" / "seeds"
