"""Mark the first mention of each index entry in every chapter.

The entries (people, places, campaigns and events) and the ways the chapters
write them are listed in scripts/index_terms.yml. For each chapter, the first
mention of each entry that is not inside a quotation, heading, block quotation,
link, code or another role becomes MyST's index role, for example
``{index}`Peng Dehuai``` or ``{index}`Spence <single: Spence, Jonathan>```.
Sphinx gathers these into the book's index (genindex.html).

    python scripts/add_index_entries.py          # mark what is missing
    python scripts/add_index_entries.py --check  # list what is missing; exit 1 if any

Running it twice changes nothing. Re-executing the notebooks is not needed:
only markdown cells change. The work is done by booktools/index_terms.py.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from anywhere

from booktools.index_terms import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
