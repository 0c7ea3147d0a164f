"""Check the data files in data/ against data/datapackage.json.

Run from the repository root:

    python scripts/check_data.py

It prints "data OK: ..." or one line per problem, and then exits with status 1.

What is checked:

1. Everything written in data/datapackage.json: column names, types,
   required values, allowed values, ranges, unique keys, and the
   cross-column rules listed under "x-row-constraints". The frictionless
   library does all of this.
2. Every `source` and `via` value is a key in references.bib.
3. Where `via` names a seed document, `exact_text` occurs in it word for
   word (only runs of spaces and line breaks may differ). This part is
   skipped when the seed documents are not present.

Rows are numbered as a person counts them in the file: the header is
row 1 and the first data row is row 2. The checks are in booktools/datacheck.py.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from anywhere

from booktools.datacheck import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
