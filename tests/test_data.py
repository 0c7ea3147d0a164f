"""Tests for the data files and for their checker (scripts/check_data.py, booktools/datacheck.py).

Each bad-data test works on a copy of data/ and references.bib in a
temporary folder, changes one thing, and checks that the checker reports
exactly that one problem, naming the file, the row and the column.
The real files are never changed.
"""

import shutil

import pytest

from booktools.datacheck import check
from booktools.paths import BIBLIOGRAPHY, DATA, SEEDS


def needs_seeds():
    if not SEEDS.is_dir():
        pytest.skip(f"../shared/seeds not found: cannot compare exact_text with the seed documents ({SEEDS})")


@pytest.fixture
def copy(tmp_path):
    """A copy of data/ and references.bib, and a function to change one line of a CSV in it."""
    shutil.copytree(DATA, tmp_path / "data")
    shutil.copy(BIBLIOGRAPHY, tmp_path / "references.bib")

    def edit(filename, old, new):
        path = tmp_path / "data" / filename
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} should occur once in {filename}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    return tmp_path, edit


def one_problem(tmp_path, seeds=None):
    messages = check(tmp_path / "data", tmp_path / "references.bib", seeds)
    assert len(messages) == 1, messages
    return messages[0]


# The real data


def test_real_data_has_no_problems():
    assert check(DATA, BIBLIOGRAPHY, None) == []


def test_real_exact_text_occurs_in_the_seeds():
    needs_seeds()
    assert check(DATA, BIBLIOGRAPHY, SEEDS) == []


def test_exact_text_check_is_skipped_without_seeds(copy):
    tmp_path, edit = copy
    edit("output_1958.csv", "reported to be 11 million tons", "reported to be 12 million tons")
    assert check(tmp_path / "data", tmp_path / "references.bib", tmp_path / "no-seeds-here") == []


# One problem at a time, on a copy: (file, text once in it, what it becomes,
# the message, or the start of the message and words it must contain)
ONE_CHANGE = {
    "wrong header": (
        "output_1958.csv", "id,commodity,year,figure_kind", "id,comodity,year,figure_kind",
        "data/output_1958.csv, row 1 (header), column 'commodity': expected header 'commodity', found 'comodity'",
    ),
    "value that is not a number": (
        "output_1958.csv", "grain,1958,official revision,250,250", "grain,1958,official revision,abc,250",
        "data/output_1958.csv, row 4, column 'low_mt': value 'abc' is not a number",
    ),
    "missing source": (
        "economic_series.csv", "net_exports,1958,2.7,million tonnes,linyang2000food", "net_exports,1958,2.7,million tonnes,",
        ("data/economic_series.csv, row 10, column 'source': ", "missing"),
    ),
    "duplicate key": (
        "output_1958.csv", "grain-revision-spence,", "grain-claim-spence,",
        ("data/output_1958.csv, row 4, column 'id': ", "duplicate", "row 2"),
    ),
    "duplicate series and year": (
        "economic_series.csv", "rural_grain_per_head,1959,", "rural_grain_per_head,1958,",
        ("data/economic_series.csv, row 4, columns 'series', 'year': ",),
    ),
    "value out of range": (
        "economic_series.csv", "net_exports,1959,", "net_exports,1975,",
        "data/economic_series.csv, row 11, column 'year': value '1975' is above the maximum 1970",
    ),
    "low above high": (
        "output_1958.csv", ",200,210,", ",210,200,",
        ("data/output_1958.csv, row 6, columns 'low_mt', 'high_mt': ", "high_mt >= low_mt"),
    ),
    "percent above 100": (
        "economic_series.csv", "1959,37.7,percent", "1959,137.7,percent",
        ("data/economic_series.csv, row 8, columns 'value', 'unit': ",),
    ),
    "unknown bib key": (
        "output_1958.csv", ",reuters2016steel,", ",nosuchkey,",
        "data/output_1958.csv, row 10, column 'source': 'nosuchkey' is not a key in references.bib",
    ),
}


@pytest.mark.parametrize("filename, old, new, expected", ONE_CHANGE.values(), ids=ONE_CHANGE)
def test_one_change_gives_one_message_naming_file_row_and_column(copy, filename, old, new, expected):
    tmp_path, edit = copy
    edit(filename, old, new)
    message = one_problem(tmp_path)
    if isinstance(expected, str):
        assert message == expected
    else:
        start, *words = expected
        assert message.startswith(start), message
        assert all(word in message for word in words), message


def test_exact_text_not_in_seed(copy):
    needs_seeds()
    tmp_path, edit = copy
    edit("output_1958.csv", "reported to be 11 million tons", "reported to be 12 million tons")
    message = one_problem(tmp_path, SEEDS)
    assert message.startswith("data/output_1958.csv, row 8, column 'exact_text': ")
    assert "seed002" in message
