"""Derived figures glued in chapters/how-many-died.ipynb, from data/*.csv. Estimator
figures deliberately call chapters/famine_estimator.py with the arguments the prose
names; tests/test_famine_estimator.py checks the estimator itself by hand."""

import chapters.famine_estimator as fe
from tests.expectations import change, economic, rows, value

OFFICIAL, ADJUSTED = "official 1999 yearbook", "Banister 1984 adjustment, not official"
FAMINE, LONGER, PRE_LEAP = [1959, 1960, 1961], [1958, 1959, 1960, 1961], [1956, 1957]


def vital(series, release=OFFICIAL):
    """One series of vital_statistics.csv by year (population in 10,000 persons)."""
    return rows("vital_statistics.csv", series=series, release=release).set_index("year")["value"]


def people():
    return fe.mid_year_population(vital("population_year_end") * 10_000)


def deaths(baseline=fe.DEFAULT_BASELINE_YEARS, counted=FAMINE, release=OFFICIAL, **kw):
    """Excess deaths from the estimator, in millions."""
    return lambda: fe.excess_deaths(vital("crude_death_rate", release), people(), baseline, counted, **kw) / 1e6


def births(baseline=fe.DEFAULT_BASELINE_YEARS, counted=FAMINE):
    """Births lost from the estimator, in millions."""
    return lambda: fe.births_lost(vital("crude_birth_rate"), people(), baseline, counted) / 1e6


def registered(year):
    """Change in the registered population over a year, in millions."""
    return vital("population_year_end").diff()[year] / 100


def natural(year):
    """Registered births minus registered deaths in a year, in millions."""
    return (vital("crude_birth_rate")[year] - vital("crude_death_rate")[year]) * people()[year] / 1e9


def missed(year):
    """The share of a year's deaths that Banister thinks registration missed, per cent."""
    return lambda: (1 - vital("crude_death_rate")[year] / vital("crude_death_rate", ADJUSTED)[year]) * 100


def grain(series, year):
    return value("grain_output_series.csv", "value", series=series, year=year)


def mainstream():
    return rows("excess_death_estimates.csv", kind="published estimate", contested=False)["estimate_millions"]


EXPECTED = {
    "grain_head_fall_pct": lambda: -change(economic("rural_grain_per_head", 1957), economic("rural_grain_per_head", 1961)),
    "series_gap_1958": lambda: grain("older official", 1958) - grain("revised official", 1958),
    "output_fall_pct": lambda: -change(grain("older official", 1958), grain("older official", 1960)),
    "cdr_ratio": lambda: vital("crude_death_rate")[1960] / vital("crude_death_rate")[1957],
    "pop_1959": lambda: vital("population_year_end")[1959] / 100,
    "pop_1960": lambda: vital("population_year_end")[1960] / 100,
    "pop_fall_1960": lambda: -registered(1960),
    "natural_1960": lambda: -natural(1960),
    "natural_1961": lambda: natural(1961),
    "fall_1961": lambda: -registered(1961),
    "gap_1958_59": lambda: sum(registered(y) - natural(y) for y in (1958, 1959)),
    "gap_1960_61": lambda: -sum(registered(y) - natural(y) for y in (1960, 1961)),
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
    "mainstream_median": lambda: mainstream().median(),
}
