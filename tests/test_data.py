"""Tests for the data files and for scripts/check_data.py.

Each bad-data test works on a copy of data/ and references.bib in a
temporary folder, changes one thing, and checks that the checker reports
exactly that one problem, naming the file, the row and the column.
The real files are never changed.
"""

import shutil
from pathlib import Path

import pytest

from scripts.check_data import check

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"


def needs_seeds():
    if not SEEDS.is_dir():
        pytest.skip(f"../shared/seeds not found: cannot compare exact_text with the seed documents ({SEEDS})")


@pytest.fixture
def copy(tmp_path):
    """A copy of data/ and references.bib, and a function to change one line of a CSV in it."""
    shutil.copytree(REPO / "data", tmp_path / "data")
    shutil.copy(REPO / "references.bib", tmp_path / "references.bib")

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
    assert check(REPO / "data", REPO / "references.bib", None) == []


def test_real_exact_text_occurs_in_the_seeds():
    needs_seeds()
    assert check(REPO / "data", REPO / "references.bib", SEEDS) == []


def test_exact_text_check_is_skipped_without_seeds(copy):
    tmp_path, edit = copy
    edit("output_1958.csv", "reported to be 11 million tons", "reported to be 12 million tons")
    assert check(tmp_path / "data", tmp_path / "references.bib", tmp_path / "no-seeds-here") == []


# One problem at a time, on a copy


def test_wrong_header(copy):
    tmp_path, edit = copy
    edit("output_1958.csv", "id,commodity,year,figure_kind", "id,comodity,year,figure_kind")
    assert one_problem(tmp_path) == (
        "data/output_1958.csv, row 1 (header), column 'commodity': expected header 'commodity', found 'comodity'"
    )


def test_value_that_is_not_a_number(copy):
    tmp_path, edit = copy
    edit("output_1958.csv", "grain,1958,official revision,250,250", "grain,1958,official revision,abc,250")
    assert one_problem(tmp_path) == "data/output_1958.csv, row 4, column 'low_mt': value 'abc' is not a number"


def test_missing_source(copy):
    tmp_path, edit = copy
    edit("economic_series.csv", "net_exports,1958,2.7,million tonnes,linyang2000food", "net_exports,1958,2.7,million tonnes,")
    message = one_problem(tmp_path)
    assert message.startswith("data/economic_series.csv, row 10, column 'source': ")
    assert "missing" in message


def test_duplicate_key(copy):
    tmp_path, edit = copy
    edit("output_1958.csv", "grain-revision-spence,", "grain-claim-spence,")
    message = one_problem(tmp_path)
    assert message.startswith("data/output_1958.csv, row 4, column 'id': ")
    assert "duplicate" in message and "row 2" in message


def test_duplicate_series_and_year(copy):
    tmp_path, edit = copy
    edit("economic_series.csv", "rural_grain_per_head,1959,", "rural_grain_per_head,1958,")
    message = one_problem(tmp_path)
    assert message.startswith("data/economic_series.csv, row 4, columns 'series', 'year': ")


def test_value_out_of_range(copy):
    tmp_path, edit = copy
    edit("economic_series.csv", "net_exports,1959,", "net_exports,1975,")
    assert one_problem(tmp_path) == (
        "data/economic_series.csv, row 11, column 'year': value '1975' is above the maximum 1970"
    )


def test_low_above_high(copy):
    tmp_path, edit = copy
    edit("output_1958.csv", ",200,210,", ",210,200,")
    message = one_problem(tmp_path)
    assert message.startswith("data/output_1958.csv, row 6, columns 'low_mt', 'high_mt': ")
    assert "high_mt >= low_mt" in message


def test_percent_above_100(copy):
    tmp_path, edit = copy
    edit("economic_series.csv", "1959,37.7,percent", "1959,137.7,percent")
    message = one_problem(tmp_path)
    assert message.startswith("data/economic_series.csv, row 8, columns 'value', 'unit': ")


def test_unknown_bib_key(copy):
    tmp_path, edit = copy
    edit("output_1958.csv", ",reuters2016steel,", ",nosuchkey,")
    assert one_problem(tmp_path) == (
        "data/output_1958.csv, row 10, column 'source': 'nosuchkey' is not a key in references.bib"
    )


def test_exact_text_not_in_seed(copy):
    needs_seeds()
    tmp_path, edit = copy
    edit("output_1958.csv", "reported to be 11 million tons", "reported to be 12 million tons")
    message = one_problem(tmp_path, SEEDS)
    assert message.startswith("data/output_1958.csv, row 8, column 'exact_text': ")
    assert "seed002" in message
