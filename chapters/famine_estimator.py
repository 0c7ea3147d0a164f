"""How many more people died, and how many fewer were born, than in normal years?

This module holds the chapter "How many died?"'s estimator: a handful of small,
pure functions (no files, no plotting, no global state). The chapter reads the
data and passes plain pandas Series in; every function returns a new value and
changes nothing it is given. ``tests/test_famine_estimator.py`` tests them.

The method is the simplest one demographers use, and the one behind the
"registered" excess-death figures of about 15 to 17 million:

1. Work out how many people were alive during each year: the mean of the
   population at the end of the year before and at the end of the year.
2. Choose a *baseline*: the death rate (per 1,000 people) that a normal year
   would have had. Either the mean of some chosen normal years, or a straight
   line (a linear trend) fitted through them and carried forward.
3. For each counted year, excess deaths = (death rate - baseline rate)
   x people alive / 1,000. Add up the counted years.
4. Optionally, allow for deaths that were never registered: if a share ``u`` of
   all deaths went unrecorded, every registered rate is divided by ``1 - u``
   (in the baseline years as in the counted years).

Births lost are computed in exactly the same way from the birth rate, with the
sign turned round: births below the baseline count as births lost.

Every choice here (which years are normal, which years are counted, how much
registration missed) is an assumption, and each one moves the answer. That is
the point of the chapter.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

# The default assumptions. The baseline is the mean of the two years before
# the Leap and the two years after the famine; the counted years are the three
# famine years on which the seeds and the official data agree.
DEFAULT_BASELINE_YEARS = (1956, 1957, 1962, 1963)
DEFAULT_COUNTED_YEARS = (1959, 1960, 1961)
DEFAULT_METHOD = "mean"
DEFAULT_UNDER_REGISTRATION = 0.0

METHODS = ("mean", "trend")


def _years(years: Iterable[int], name: str) -> list[int]:
    """The years as a sorted list of whole numbers; a clear error if there are none."""
    if isinstance(years, (str, bytes)):
        raise ValueError(f"{name} must be a list of years such as [1959, 1960], not the text {years!r}")
    try:
        years = sorted({int(year) for year in years})
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a list of years such as [1959, 1960], got {years!r}") from None
    if not years:
        raise ValueError(f"{name} is empty: give at least one year")
    return years


def _check_covered(years: list[int], series: pd.Series, name: str, what: str) -> None:
    """Every year must have a value in the series, or the error names the year and the parameter."""
    available = series.dropna().index
    missing = [year for year in years if year not in available]
    if missing:
        span = f"{min(available)}–{max(available)}" if len(available) else "none"
        raise ValueError(
            f"{name}: {', '.join(map(str, missing))} outside the data "
            f"(the {what} covers {span})"
        )


def _check_under_registration(under_registration: float) -> float:
    try:
        share = float(under_registration)
    except (TypeError, ValueError):
        raise ValueError(f"under_registration must be a number between 0 and 1, got {under_registration!r}") from None
    if share < 0:
        raise ValueError(
            f"under_registration must not be negative (got {share}): it is the share of deaths "
            "that were never registered, from 0 (none missed) to just under 1"
        )
    if share >= 1:
        raise ValueError(
            f"under_registration must be below 1 (got {share}): a share of 1 would mean no death was registered"
        )
    return share


def mid_year_population(year_end: pd.Series) -> pd.Series:
    """People alive during each year: the mean of two consecutive year-end counts.

    ``year_end`` is indexed by year. The result starts one year later than the
    input, because the first year has no "end of the year before".

    >>> mid_year_population(pd.Series({1959: 100.0, 1960: 90.0}))
    1960    95.0
    dtype: float64
    """
    year_end = year_end.sort_index()
    if len(year_end) < 2:
        raise ValueError("year_end needs at least two consecutive years to average")
    if (year_end.dropna() <= 0).any():
        raise ValueError("year_end: a population must be above zero")
    years = list(year_end.index)
    if years != list(range(years[0], years[-1] + 1)):
        raise ValueError(f"year_end: the years must follow one another without gaps, got {years}")
    mid = (year_end.shift(1) + year_end) / 2
    return mid.iloc[1:]


def baseline_rates(
    rates: pd.Series,
    baseline_years: Iterable[int],
    target_years: Iterable[int],
    method: str = DEFAULT_METHOD,
) -> pd.Series:
    """The "normal" rate (per 1,000) that each target year is compared with.

    ``method="mean"``: the mean of the rates in ``baseline_years``, the same for
    every target year. ``method="trend"``: a straight line fitted (by least
    squares) through the baseline years' rates, read off at each target year.

    >>> rates = pd.Series({2000: 10.0, 2001: 9.0, 2002: 8.0})
    >>> baseline_rates(rates, [2000, 2001, 2002], [2003], method="trend")
    2003    7.0
    dtype: float64
    """
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")
    baseline_years = _years(baseline_years, "baseline_years")
    target_years = _years(target_years, "target_years")
    _check_covered(baseline_years, rates, "baseline_years", "rate series")
    values = rates.loc[baseline_years].astype(float)
    if method == "mean":
        return pd.Series(values.mean(), index=target_years, dtype=float)
    if len(baseline_years) < 2:
        raise ValueError("baseline_years: a trend needs at least two years to draw a line through")
    x = pd.Series(baseline_years, dtype=float)
    y = values.to_numpy()
    slope = ((x - x.mean()) * (y - y.mean())).sum() / ((x - x.mean()) ** 2).sum()
    intercept = y.mean() - slope * x.mean()
    return pd.Series([intercept + slope * year for year in target_years], index=target_years, dtype=float)


def yearly_excess(
    rates: pd.Series,
    population: pd.Series,
    baseline_years: Iterable[int] = DEFAULT_BASELINE_YEARS,
    counted_years: Iterable[int] = DEFAULT_COUNTED_YEARS,
    method: str = DEFAULT_METHOD,
    under_registration: float = DEFAULT_UNDER_REGISTRATION,
) -> pd.Series:
    """Events above the baseline in each counted year, in persons.

    ``rates`` are per 1,000 people, ``population`` is the number of people
    alive during each year (see ``mid_year_population``), both indexed by year.
    A year below its baseline gives a negative number.

    >>> rates = pd.Series({2000: 10.0, 2001: 30.0})
    >>> people = pd.Series({2000: 1_000_000.0, 2001: 1_000_000.0})
    >>> yearly_excess(rates, people, [2000], [2001])
    2001    20000.0
    dtype: float64
    """
    share = _check_under_registration(under_registration)
    baseline_years = _years(baseline_years, "baseline_years")
    counted_years = _years(counted_years, "counted_years")
    overlap = sorted(set(baseline_years) & set(counted_years))
    if overlap:
        raise ValueError(
            f"baseline_years and counted_years overlap ({', '.join(map(str, overlap))}): "
            "a year cannot be both a normal year and a counted year"
        )
    _check_covered(counted_years, rates, "counted_years", "rate series")
    _check_covered(counted_years, population, "counted_years", "population series")
    if (rates.dropna() < 0).any():
        raise ValueError("rates: a birth or death rate cannot be negative")
    baseline = baseline_rates(rates, baseline_years, counted_years, method)
    observed = rates.loc[counted_years].astype(float)
    # Registration missed a share of events in every year: scale all rates up alike.
    difference = (observed - baseline) / (1 - share)
    return difference * population.loc[counted_years].astype(float) / 1000


def excess_deaths(
    death_rates: pd.Series,
    population: pd.Series,
    baseline_years: Iterable[int] = DEFAULT_BASELINE_YEARS,
    counted_years: Iterable[int] = DEFAULT_COUNTED_YEARS,
    method: str = DEFAULT_METHOD,
    under_registration: float = DEFAULT_UNDER_REGISTRATION,
) -> float:
    """Deaths above the baseline, added up over the counted years, in persons."""
    by_year = yearly_excess(death_rates, population, baseline_years, counted_years, method, under_registration)
    return float(by_year.sum())


def births_lost(
    birth_rates: pd.Series,
    population: pd.Series,
    baseline_years: Iterable[int] = DEFAULT_BASELINE_YEARS,
    counted_years: Iterable[int] = DEFAULT_COUNTED_YEARS,
    method: str = DEFAULT_METHOD,
    under_registration: float = DEFAULT_UNDER_REGISTRATION,
) -> float:
    """Births below the baseline, added up over the counted years, in persons.

    The same calculation as ``excess_deaths``, with the sign turned round, so
    that a fall in births gives a positive number of births lost.
    """
    by_year = yearly_excess(birth_rates, population, baseline_years, counted_years, method, under_registration)
    return float(-by_year.sum())
