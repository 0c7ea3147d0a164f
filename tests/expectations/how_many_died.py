"""Derived glued values in chapters/how-many-died.ipynb, recomputed from data/*.csv.

Plain row lookups (values that appear verbatim in a CSV) need no entry here.
Estimator figures call chapters/famine_estimator.py with the arguments the
prose describes; the estimator's own evidence is tests/test_famine_estimator.py,
which checks it against figures worked by hand from vital_statistics.csv.
"""

import chapters.famine_estimator as fe
from tests.expectations import cell, table

OFFICIAL, ADJUSTED = "official 1999 yearbook", "Banister 1984 adjustment, not official"
FAMINE, LONGER, PRE_LEAP = [1959, 1960, 1961], [1958, 1959, 1960, 1961], [1956, 1957]


def vital(series, release=OFFICIAL):
    """One series of vital_statistics.csv, indexed by year (population in 10,000 persons)."""
    df = table("vital_statistics.csv")
    return df[(df["series"] == series) & (df["release"] == release)].set_index("year")["value"]


def people():
    return fe.mid_year_population(vital("population_year_end") * 10_000)


def deaths(baseline=fe.DEFAULT_BASELINE_YEARS, counted=FAMINE, release=OFFICIAL, **kw):
    """Excess deaths from the estimator, in millions."""
    return lambda: fe.excess_deaths(vital("crude_death_rate", release), people(), baseline, counted, **kw) / 1e6


def births(baseline=fe.DEFAULT_BASELINE_YEARS, counted=FAMINE):
    """Births lost from the estimator, in millions."""
    return lambda: fe.births_lost(vital("crude_birth_rate"), people(), baseline, counted) / 1e6


def books(year):
    """(Change in the registered population, registered births minus deaths) in a year, in millions."""
    rate = vital("crude_birth_rate")[year] - vital("crude_death_rate")[year]
    return vital("population_year_end").diff()[year] / 100, rate * people()[year] / 1e9


def gap(years):
    return sum(change - natural for change, natural in map(books, years))


def missed(year):
    """The share of a year's deaths that Banister thinks registration missed, per cent."""
    return lambda: (1 - vital("crude_death_rate")[year] / vital("crude_death_rate", ADJUSTED)[year]) * 100


def grain(series, year, name="grain_output_series.csv"):
    return cell(name, "value", series=series, year=year)()


def mainstream():
    df = table("excess_death_estimates.csv")
    return df[(df["kind"] == "published estimate") & ~df["contested"]]


EXPECTED = {
    "grain_head_fall_pct": lambda: (1 - grain("rural_grain_per_head", 1961, "economic_series.csv")
                                    / grain("rural_grain_per_head", 1957, "economic_series.csv")) * 100,
    "series_gap_1958": lambda: grain("older official", 1958) - grain("revised official", 1958),
    "output_fall_pct": lambda: (1 - grain("older official", 1960) / grain("older official", 1958)) * 100,
    "cdr_ratio": lambda: vital("crude_death_rate")[1960] / vital("crude_death_rate")[1957],
    "pop_1959": lambda: vital("population_year_end")[1959] / 100,
    "pop_1960": lambda: vital("population_year_end")[1960] / 100,
    "pop_fall_1960": lambda: -books(1960)[0],
    "natural_1960": lambda: -books(1960)[1],
    "natural_1961": lambda: books(1961)[1],
    "fall_1961": lambda: -books(1961)[0],
    "gap_1958_59": lambda: gap([1958, 1959]),
    "gap_1960_61": lambda: -gap([1960, 1961]),
    "missed_1957": missed(1957),
    "missed_1960": missed(1960),
    # The estimator, with the assumptions the prose names
    "baseline_default": lambda: fe.baseline_rates(vital("crude_death_rate"), fe.DEFAULT_BASELINE_YEARS, [1960])[1960],
    "people_1960": lambda: people()[1960] / 1e6,
    "excess_1960": deaths(counted=[1960]),
    "period_1960": deaths(counted=[1960]),
    "excess_default": deaths(),
    "base_1956_58": deaths([1956, 1957, 1958]),
    "base_trend_54_57": deaths([1954, 1955, 1956, 1957], method="trend"),
    "period_1958_61": deaths(counted=LONGER),
    "share_40": deaths(under_registration=0.4),
    "adjusted_default": deaths(release=ADJUSTED),
    "adjusted_1958_61": deaths(counted=LONGER, release=ADJUSTED),
    "deaths_pre": deaths(PRE_LEAP),
    "deaths_peak": deaths(PRE_LEAP, [1960]),
    "births_pre": births(PRE_LEAP),
    "births_peak": births(PRE_LEAP, [1961]),
    "catch_up": lambda: -births(PRE_LEAP, [1962, 1963])(),
    "births_default": births(),
    # The published estimates
    "n_mainstream": lambda: len(mainstream()),
    "mainstream_median": lambda: mainstream()["estimate_millions"].median(),
}
