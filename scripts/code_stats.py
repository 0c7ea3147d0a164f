"""Print how much code a reader meets in the chapters, and how much ceremony the book still carries.

    python scripts/code_stats.py

For each chapter: the code cells a reader can see (every code cell except those
tagged remove-cell or remove-input), their median and longest length in lines,
and the chart cells among them (cells with figure metadata). Then the book-wide
figures the chapter toolkit is measured by: ``display=False`` glue calls left
in the notebooks, and the lines of recomputed expectations in
tests/expectations/. A measurement, not a test: it never fails.
"""

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from anywhere

from booktools.notebooks import read_notebook  # noqa: E402
from booktools.paths import ROOT  # noqa: E402
from booktools.toc import chapter_notebooks  # noqa: E402

HIDDEN = {"remove-cell", "remove-input"}
TARGETS = "targets: visible cells median <= 12 and max <= 30; chart cells median <= 15"


def visible_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code" and not HIDDEN & set(c.metadata.get("tags", []))]


def length(cell):
    return len(cell.source.splitlines())


def main():
    all_lines, chart_lines, display_false = [], [], 0
    print(f"{'chapter':32} {'cells':>5} {'median':>6} {'max':>4}  chart cells")
    for path in chapter_notebooks():
        nb = read_notebook(path)
        cells = visible_cells(nb)
        lines = [length(c) for c in cells]
        charts = [length(c) for c in cells if "figure" in c.metadata.get("mystnb", {})]
        all_lines += lines
        chart_lines += charts
        display_false += sum(c.source.count("display=False") for c in nb.cells if c.cell_type == "code")
        print(f"{path.stem:32} {len(cells):5} {statistics.median(lines):6} {max(lines):4}  {charts}")
    print(f"{'whole book':32} {len(all_lines):5} {statistics.median(all_lines):6} {max(all_lines):4}  "
          f"median {statistics.median(chart_lines)}, max {max(chart_lines)} over {len(chart_lines)} charts")
    print(TARGETS)
    expectations = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in (ROOT / "tests" / "expectations").glob("*.py"))
    print(f"display=False in the notebooks: {display_false} (target <= 20)")
    print(f"lines in tests/expectations/: {expectations} (target <= 400)")


if __name__ == "__main__":
    main()
