"""Glued values in chapters/timeline.ipynb, recomputed from data/timeline.csv
and data/leap_periods.csv.

The notebook's instructor's cell sets LEAP_YEARS = (1958, 1960); the counts of
events in the Leap below assume those default years.
"""

from tests.expectations import table

LEAP_FIRST, LEAP_LAST = 1958, 1960
CLOSE_UP_FIRST, CLOSE_UP_LAST = 1957, 1962


def events():
    return table("timeline.csv")


def periods():
    return table("leap_periods.csv")


def count(**where):
    """Number of timeline rows whose columns equal the given values."""

    def compute():
        df = events()
        mask = df["id"].notna()
        for column, wanted in where.items():
            mask &= df[column] == wanted
        return mask.sum()

    return compute


def in_leap():
    return events()["year"].between(LEAP_FIRST, LEAP_LAST).sum()


def mao_years(how):
    """The earliest or latest year that sources give for Mao stepping down."""
    def compute():
        years = events().loc[events()["claim_group"] == "mao-steps-down", "year"]
        return getattr(years, how)()

    return compute


def close_up_happenings():
    df = events()
    window = df[df["year"].between(CLOSE_UP_FIRST, CLOSE_UP_LAST)]
    return window["claim_group"].fillna(window["id"]).nunique()


def leap_spans(how):
    def compute():
        df = periods()
        leap = df[df["period"] == "Great Leap Forward"]
        return getattr(leap["end_year"] - leap["start_year"] + 1, how)()

    return compute


EXPECTED = {
    "n_events": lambda: len(events()),
    "n_sources": lambda: events()["source"].nunique(),
    "n_outside": lambda: events()["via"].isna().sum(),
    "n_day": count(precision="day"),
    "n_month": count(precision="month"),
    "n_year": count(precision="year"),
    "n_disputed_rows": count(disputed=True),
    "n_claim_groups": lambda: events()["claim_group"].nunique(),
    "n_leap_events": in_leap,
    "share_leap_events": lambda: 100 * in_leap() / len(events()),
    "n_close_up": close_up_happenings,
    "n_essay_only": count(via="seed004", theme="international", disputed=False),
    "n_mao_claims": count(claim_group="mao-steps-down"),
    "mao_earliest_year": mao_years("min"),
    "mao_latest_year": mao_years("max"),
    "n_leap_datings": lambda: (periods()["period"] == "Great Leap Forward").sum(),
    "leap_span_shortest": leap_spans("min"),
    "leap_span_longest": leap_spans("max"),
    "n_inferred_ends": lambda: (~periods()["end_as_stated"]).sum(),
}
