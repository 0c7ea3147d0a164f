"""Print chapters of the built book to PDF handouts, offline.

Build the book first (``jupyter-book build .``), then:

    python scripts/print_handouts.py                      # every chapter, solutions hidden
    python scripts/print_handouts.py --solutions          # with every solution shown (answer key)
    python scripts/print_handouts.py --code               # keep the code cells (hidden by default)
    python scripts/print_handouts.py how-many-died --png  # one chapter, plus a PNG of its first page

PDFs go to ``_build/handouts/`` (A4; ``--letter`` for US Letter). The pages are
printed by headless Chromium (Debian's ``chromium``; set GLF_CHROMIUM to use
another) from a local copy of the book, using the book's print stylesheet
(``_static/custom.css``): no sidebars, header, buttons or code cells (their
results stay); closed solutions left out; figures kept whole with their
captions; long tables broken between rows. Each page carries the chapter's title and
"page N of M" at the foot. Nothing is fetched from the network.

``--png`` also renders each handout's first page to PNG with ``pdftoppm``
(poppler-utils), to check the layout at a glance.

The work is done by booktools/handouts.py.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from anywhere

from booktools.handouts import main  # noqa: E402

if __name__ == "__main__":
    main()
