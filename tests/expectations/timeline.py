"""Counts glued in chapters/timeline.ipynb, from data/timeline.csv and data/leap_periods.csv.
The counts of events in the Leap assume the notebook's default LEAP_YEARS = (1958, 1960)."""

from functools import partial

from tests.expectations import count, rows, table

LEAP_YEARS, CLOSE_UP_YEARS = (1958, 1960), (1957, 1962)
events = partial(table, "timeline.csv")


def close_up_happenings():
    """Distinct happenings in the close-up years: the rows of one claim group count once."""
    window = events()[events()["year"].between(*CLOSE_UP_YEARS)]
    return window["claim_group"].fillna(window["id"]).nunique()


def leap_spans():
    """Length in years of each dating of the Great Leap Forward, both ends included."""
    leap = rows("leap_periods.csv", period="Great Leap Forward")
    return leap["end_year"] - leap["start_year"] + 1


EXPECTED = {
    "n_events": lambda: len(events()),
    "n_sources": lambda: events()["source"].nunique(),
    "n_outside": lambda: events()["via"].isna().sum(),
    "n_day": lambda: count("timeline.csv", precision="day"),
    "n_month": lambda: count("timeline.csv", precision="month"),
    "n_year": lambda: count("timeline.csv", precision="year"),
    "n_disputed_rows": lambda: count("timeline.csv", disputed=True),
    "n_claim_groups": lambda: events()["claim_group"].nunique(),
    "n_leap_events": lambda: events()["year"].between(*LEAP_YEARS).sum(),
    "share_leap_events": lambda: 100 * EXPECTED["n_leap_events"]() / len(events()),
    "n_close_up": close_up_happenings,
    "n_essay_only": lambda: count("timeline.csv", via="seed004", theme="international", disputed=False),
    "n_mao_claims": lambda: count("timeline.csv", claim_group="mao-steps-down"),
    "n_leap_datings": lambda: count("leap_periods.csv", period="Great Leap Forward"),
    "leap_span_shortest": lambda: leap_spans().min(),
    "leap_span_longest": lambda: leap_spans().max(),
    "n_inferred_ends": lambda: count("leap_periods.csv", end_as_stated=False),
}
