"""Expected values of every glued number, recomputed straight from data/*.csv.

One module per chapter, named after its notebook (dashes become underscores:
``numbers_that_lied.py`` for ``chapters/numbers-that-lied.ipynb``). Each module
defines ``EXPECTED = {glue name: function returning the expected value}``.
The computations are deliberately independent of the notebooks' own code, so
a slip in a notebook cannot hide itself.

The helpers below keep those modules short.
"""

from functools import cache

import pandas as pd

from tests.book import DATA


@cache
def table(name):
    """A data file, read once."""
    return pd.read_csv(DATA / name)


def cell(name, column, **where):
    """A function returning the one value of `column` in the row(s) matching `where`.

    cell("output_1958.csv", "low_mt", id="grain-claim-spence")
    cell("economic_series.csv", "value", series="net_exports", year=1958)
    """

    def compute():
        df = table(name)
        mask = pd.Series(True, index=df.index)
        for column_name, wanted in where.items():
            mask &= df[column_name] == wanted
        return df.loc[mask, column].item()

    return compute
