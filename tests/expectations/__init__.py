"""Expected glued values, recomputed from data/*.csv independently of the notebooks.

Each module, named after its notebook (numbers_that_lied.py for numbers-that-lied.ipynb),
defines EXPECTED = {glue name: function returning the value}. A plain lookup (one CSV
cell) needs no entry: tests/test_notebooks.py finds its value in the data."""

from functools import cache

import pandas as pd

from booktools.paths import DATA


@cache
def table(name):
    """A data file, read once."""
    return pd.read_csv(DATA / name)


def rows(name, /, **where):
    """The rows of a data file whose columns equal the given values."""
    df = table(name)
    return df[(df[list(where)] == pd.Series(where)).all(axis=1)]


def value(name, column, /, **where):
    """The one value of `column` in the row matching `where`, as a float:
    value("economic_series.csv", "value", series="net_exports", year=1958)."""
    return float(rows(name, **where)[column].item())


def by_id(name, column):
    """A reader of data file `name`: reader(row_id) is the row's `column`,
    reader(row_id, other) another column of the same row."""
    return lambda row_id, other=column: value(name, other, id=row_id)


def economic(series, year):
    """One year of a series in data/economic_series.csv."""
    return value("economic_series.csv", "value", series=series, year=year)


def count(name, /, **where):
    """How many rows of a data file match `where`."""
    return len(rows(name, **where))


def change(before, after):
    """Percentage change from `before` to `after`; negative for a fall."""
    return (after / before - 1) * 100


def compound(percent, years=5):
    """Total percentage change after `years` at a constant yearly `percent`."""
    return ((1 + percent / 100) ** years - 1) * 100
