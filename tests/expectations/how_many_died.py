"""Glued values in chapters/how-many-died.ipynb.

Recomputed from data/*.csv with plain pandas and numpy, without the chapter's
estimator module, so that a slip in the estimator cannot hide itself here.
"""

import numpy as np

from tests.expectations import cell, table

OFFICIAL = "official 1999 yearbook"
ADJUSTED = "Banister 1984 adjustment, not official"
DEFAULT_BASELINE = [1956, 1957, 1962, 1963]
FAMINE = [1959, 1960, 1961]


def vital(series, release=OFFICIAL):
    """One series of vital_statistics.csv as {year: value}."""
    df = table("vital_statistics.csv")
    rows = df[(df["series"] == series) & (df["release"] == release)]
    return dict(zip(rows["year"], rows["value"]))


def people(year):
    """People alive during a year: mean of the two year-end counts, in persons."""
    end = vital("population_year_end")
    return (end[year - 1] + end[year]) / 2 * 10_000


def baseline(rates, years, method="mean", target=None):
    values = [rates[y] for y in years]
    if method == "mean":
        return float(np.mean(values))
    slope, intercept = np.polyfit(years, values, 1)
    return slope * target + intercept


def excess(series, baseline_years, counted, method="mean", share=0.0, release=OFFICIAL, sign=1):
    """Sum over counted years of (rate - baseline) x people / 1000, in millions."""
    rates = vital(series, release)
    total = 0.0
    for year in counted:
        normal = baseline(rates, baseline_years, method, year)
        total += (rates[year] - normal) / (1 - share) * people(year) / 1000
    return sign * total / 1e6


def deaths(baseline_years=DEFAULT_BASELINE, counted=FAMINE, **kw):
    return lambda: excess("crude_death_rate", baseline_years, counted, **kw)


def births(baseline_years=DEFAULT_BASELINE, counted=FAMINE, **kw):
    return lambda: excess("crude_birth_rate", baseline_years, counted, sign=-1, **kw)


def rate(series, year, release=OFFICIAL):
    return lambda: vital(series, release)[year]


def economic(series, year):
    return cell("economic_series.csv", "value", series=series, year=year)


def grain(series, year):
    return cell("grain_output_series.csv", "value", series=series, year=year)


def trade(series, year):
    return cell("grain_trade.csv", "value", series=series, year=year)


def estimate(row_id, column="estimate_millions"):
    return cell("excess_death_estimates.csv", column, id=row_id)


def population_millions(year):
    return lambda: vital("population_year_end")[year] / 100


def natural(year):
    """Registered births minus deaths in a year, in persons."""
    return (vital("crude_birth_rate")[year] - vital("crude_death_rate")[year]) * people(year) / 1000


def change(year):
    end = vital("population_year_end")
    return (end[year] - end[year - 1]) * 10_000


def gap(years):
    return sum(change(y) - natural(y) for y in years) / 1e6


def missed(year):
    return lambda: (1 - vital("crude_death_rate")[year] / vital("crude_death_rate", ADJUSTED)[year]) * 100


def mainstream_points():
    df = table("excess_death_estimates.csv")
    rows = df[(df["kind"] == "published estimate") & (~df["contested"])]
    return rows, rows["estimate_millions"].dropna()


def contested():
    df = table("excess_death_estimates.csv")
    return df[df["contested"]]


EXPECTED = {
    # Food per head
    "grain_head_1957": economic("rural_grain_per_head", 1957),
    "grain_head_1959": economic("rural_grain_per_head", 1959),
    "grain_head_1960": economic("rural_grain_per_head", 1960),
    "grain_head_1961": economic("rural_grain_per_head", 1961),
    "grain_head_fall_pct": lambda: (1 - economic("rural_grain_per_head", 1961)() / economic("rural_grain_per_head", 1957)()) * 100,
    "older_1958": grain("older official", 1958),
    "older_1960": grain("older official", 1960),
    "revised_1958": grain("revised official", 1958),
    "revised_1961": grain("revised official", 1961),
    "series_gap_1958": lambda: grain("older official", 1958)() - grain("revised official", 1958)(),
    "output_fall_pct": lambda: (1 - grain("older official", 1960)() / grain("older official", 1958)()) * 100,
    "procurement_1958": economic("procurement_share_of_output", 1958),
    "procurement_1959": economic("procurement_share_of_output", 1959),
    "net_exports_1958": economic("net_exports", 1958),
    "net_exports_1959": economic("net_exports", 1959),
    "investment_1959": economic("investment_share_of_national_income", 1959),
    "net_exports_1960": trade("net_exports", 1960),
    "imports_gross_1961": trade("imports_gross", 1961),
    "imports_reported_1961": trade("imports_reported", 1961),
    # The official record
    "cdr_1957": rate("crude_death_rate", 1957),
    "cdr_1960": rate("crude_death_rate", 1960),
    "cdr_1961": rate("crude_death_rate", 1961),
    "cbr_1957": rate("crude_birth_rate", 1957),
    "cbr_1960": rate("crude_birth_rate", 1960),
    "cbr_1961": rate("crude_birth_rate", 1961),
    "cdr_ratio": lambda: vital("crude_death_rate")[1960] / vital("crude_death_rate")[1957],
    "pop_1959": population_millions(1959),
    "pop_1960": population_millions(1960),
    "pop_fall_1960": lambda: population_millions(1959)() - population_millions(1960)(),
    "cdr_1961_variant": rate("crude_death_rate", 1961, "official variant release"),
    # What registration could not see
    "natural_1960": lambda: -natural(1960) / 1e6,
    "natural_1961": lambda: natural(1961) / 1e6,
    "fall_1961": lambda: -change(1961) / 1e6,
    "gap_1958_59": lambda: gap([1958, 1959]),
    "gap_1960_61": lambda: -gap([1960, 1961]),
    "adj_cdr_1957": rate("crude_death_rate", 1957, ADJUSTED),
    "adj_cdr_1960": rate("crude_death_rate", 1960, ADJUSTED),
    "missed_1957": missed(1957),
    "missed_1960": missed(1960),
    # The estimator
    "baseline_default": lambda: baseline(vital("crude_death_rate"), DEFAULT_BASELINE),
    "people_1960": lambda: people(1960) / 1e6,
    "excess_1960": deaths(counted=[1960]),
    "excess_default": deaths(),
    "base_1956_58": deaths([1956, 1957, 1958]),
    "base_trend_54_57": deaths([1954, 1955, 1956, 1957], method="trend"),
    "period_1960": deaths(counted=[1960]),
    "period_1958_61": deaths(counted=[1958, 1959, 1960, 1961]),
    "share_40": deaths(share=0.4),
    # Why demographers count more
    "coale_registered": estimate("coale-1984", "registered_excess_millions"),
    "coale_estimate": estimate("coale-1984"),
    "banister_registered": estimate("banister-1987", "registered_excess_millions"),
    "banister_estimate": estimate("banister-1987"),
    "ashton_estimate": estimate("ashton-1984"),
    "adjusted_default": deaths(release=ADJUSTED),
    "adjusted_1958_61": deaths(counted=[1958, 1959, 1960, 1961], release=ADJUSTED),
    # Births lost
    "deaths_pre": deaths([1956, 1957]),
    "births_pre": births([1956, 1957]),
    "catch_up": lambda: -births([1956, 1957], [1962, 1963])(),
    "births_default": births(),
    "deaths_peak": deaths([1956, 1957], [1960]),
    "births_peak": births([1956, 1957], [1961]),
    "yang_births": estimate("yang-2008", "births_lost_millions"),
    "yang_deaths": estimate("yang-2008"),
    "hill_births": estimate("hill", "births_lost_millions"),
    "hill_deaths": estimate("hill"),
    "calot_births": estimate("calot", "births_lost_millions"),
    "calot_deaths": estimate("calot"),
    "essay_rejected_low": estimate("seed004-rejected", "low_millions"),
    # The estimates
    "n_mainstream": lambda: len(mainstream_points()[0]),
    "mainstream_min": lambda: mainstream_points()[1].min(),
    "mainstream_max": lambda: mainstream_points()[1].max(),
    "mainstream_median": lambda: mainstream_points()[1].median(),
    "contested_min": lambda: contested()["low_millions"].min(),
    "contested_max": lambda: contested()["high_millions"].max(),
    "sun_estimate": estimate("sun-2016"),
    "seed_spence": estimate("seed000-spence"),
    "seed_encyclopedia": estimate("seed001-summary"),
    "seed_soled": estimate("seed002-soled"),
    "seed_chang": estimate("seed003-chang"),
    "seed_slide": estimate("seed003-slide"),
    "dikotter_estimate": estimate("dikotter-2010"),
    "cao_estimate": estimate("cao-2005"),
    "jiang_estimate": estimate("jiang"),
    "chang_estimate": estimate("chang-halliday-2005"),
}
