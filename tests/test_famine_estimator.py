"""Unit tests for chapters/famine_estimator.py, the chapter "How many died?"'s estimator.

Known inputs give known outputs (worked out by hand in the comments); every
bad parameter fails with a ValueError that names it; and on the registered
official data, with the default assumptions, the estimator gives what official
registration is known to give (about 15 to 17 million excess deaths).
"""

import doctest

import pandas as pd
import pytest

import chapters.famine_estimator as fe
from tests.book import DATA

# A small made-up country: one million people every year, a death rate of
# 10 per 1,000 in normal years and 30 per 1,000 in a bad year (2003).
YEARS = [2000, 2001, 2002, 2003, 2004]
PEOPLE = pd.Series(1_000_000.0, index=YEARS)
DEATHS = pd.Series([10.0, 10.0, 10.0, 30.0, 10.0], index=YEARS)
BIRTHS = pd.Series([40.0, 40.0, 40.0, 25.0, 40.0], index=YEARS)


def test_docstring_examples_hold():
    failures, tried = doctest.testmod(fe, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert tried >= 3 and failures == 0


# Known inputs, known outputs


def test_mid_year_population_is_the_mean_of_two_year_ends():
    year_end = pd.Series({1959: 100.0, 1960: 90.0, 1961: 94.0})
    assert fe.mid_year_population(year_end).to_dict() == {1960: 95.0, 1961: 92.0}


def test_mean_baseline():
    # (10 + 10 + 10) / 3 = 10 for every target year.
    baseline = fe.baseline_rates(DEATHS, [2000, 2001, 2002], [2003, 2004])
    assert baseline.to_dict() == {2003: 10.0, 2004: 10.0}


def test_trend_baseline_extends_a_straight_line():
    # 10, 9, 8 fall by 1 a year, so the line reaches 7 in 2003 and 6 in 2004.
    falling = pd.Series({2000: 10.0, 2001: 9.0, 2002: 8.0, 2003: 20.0, 2004: 6.0})
    baseline = fe.baseline_rates(falling, [2000, 2001, 2002], [2003, 2004], method="trend")
    assert baseline.to_dict() == pytest.approx({2003: 7.0, 2004: 6.0})


def test_excess_deaths_in_one_bad_year():
    # (30 - 10) per 1,000 of one million people = 20,000 deaths.
    assert fe.excess_deaths(DEATHS, PEOPLE, [2000, 2001, 2002], [2003]) == pytest.approx(20_000)


def test_a_normal_year_adds_nothing():
    # 2004 is at the baseline, so counting it as well changes nothing.
    assert fe.excess_deaths(DEATHS, PEOPLE, [2000, 2001, 2002], [2003, 2004]) == pytest.approx(20_000)


def test_yearly_excess_gives_one_value_per_counted_year():
    by_year = fe.yearly_excess(DEATHS, PEOPLE, [2000, 2001], [2002, 2003])
    assert by_year.to_dict() == pytest.approx({2002: 0.0, 2003: 20_000.0})


def test_under_registration_scales_the_excess():
    # If registration missed half of all deaths, every rate doubles, and so does the excess.
    assert fe.excess_deaths(DEATHS, PEOPLE, [2000], [2003], under_registration=0.5) == pytest.approx(40_000)
    # Missing a fifth: divide by 0.8.
    assert fe.excess_deaths(DEATHS, PEOPLE, [2000], [2003], under_registration=0.2) == pytest.approx(25_000)


def test_births_lost_is_the_same_sum_with_the_sign_turned_round():
    # (40 - 25) per 1,000 of one million = 15,000 births fewer than normal.
    assert fe.births_lost(BIRTHS, PEOPLE, [2000, 2001, 2002], [2003]) == pytest.approx(15_000)


def test_births_above_the_baseline_count_against_births_lost():
    # A catch-up year (55 per 1,000) gives back 15,000 births: nothing is lost overall.
    catch_up = BIRTHS.copy()
    catch_up[2004] = 55.0
    assert fe.births_lost(catch_up, PEOPLE, [2000, 2001, 2002], [2003, 2004]) == pytest.approx(0.0)


def test_inputs_are_not_changed():
    deaths, people = DEATHS.copy(), PEOPLE.copy()
    fe.excess_deaths(deaths, people, [2000, 2001], [2003], method="trend", under_registration=0.3)
    pd.testing.assert_series_equal(deaths, DEATHS)
    pd.testing.assert_series_equal(people, PEOPLE)


# Bad parameters fail loudly, naming the parameter


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"baseline_years": [1990, 2000]}, ["baseline_years", "1990", "outside the data", "2000–2004"]),
        ({"counted_years": [2003, 2010]}, ["counted_years", "2010", "outside the data"]),
        ({"baseline_years": []}, ["baseline_years", "empty"]),
        ({"counted_years": []}, ["counted_years", "empty"]),
        ({"counted_years": "2003"}, ["counted_years", "list of years"]),
        ({"under_registration": -0.1}, ["under_registration", "negative"]),
        ({"under_registration": 1.0}, ["under_registration", "below 1"]),
        ({"under_registration": "a lot"}, ["under_registration", "number"]),
        ({"method": "median"}, ["method", "mean", "trend"]),
        ({"method": "trend", "baseline_years": [2000]}, ["baseline_years", "trend", "two years"]),
        ({"baseline_years": [2000, 2003], "counted_years": [2003]}, ["overlap", "2003"]),
    ],
)
def test_bad_parameters_raise_a_clear_value_error(kwargs, words):
    arguments = {"baseline_years": [2000, 2001, 2002], "counted_years": [2003]} | kwargs
    with pytest.raises(ValueError) as raised:
        fe.excess_deaths(DEATHS, PEOPLE, **arguments)
    message = str(raised.value)
    for word in words:
        assert word in message, f"{message!r} should mention {word!r}"


def test_population_missing_for_a_counted_year():
    with pytest.raises(ValueError, match="counted_years: 2003 outside the data.*population"):
        fe.excess_deaths(DEATHS, PEOPLE.drop(2003), [2000], [2003])


def test_negative_rates_are_rejected():
    with pytest.raises(ValueError, match="rates"):
        fe.excess_deaths(DEATHS.replace(30.0, -1.0), PEOPLE, [2000], [2003])


def test_mid_year_population_rejects_gaps_and_single_years():
    with pytest.raises(ValueError, match="gaps"):
        fe.mid_year_population(pd.Series({1958: 1.0, 1960: 1.0}))
    with pytest.raises(ValueError, match="two"):
        fe.mid_year_population(pd.Series({1958: 1.0}))


# The real, registered data


def registered(series):
    vital = pd.read_csv(DATA / "vital_statistics.csv")
    rows = vital[(vital["release"] == "official 1999 yearbook") & (vital["series"] == series)]
    return rows.set_index("year")["value"]


def test_default_settings_reproduce_the_registered_toll():
    """Registration, taken at face value, gives about 15 to 17 million excess deaths."""
    people = fe.mid_year_population(registered("population_year_end") * 10_000)
    deaths = fe.excess_deaths(registered("crude_death_rate"), people)
    assert 14.5e6 < deaths < 17.5e6


def test_defaults_are_inside_the_data():
    years = registered("crude_death_rate").index
    for year in fe.DEFAULT_BASELINE_YEARS + fe.DEFAULT_COUNTED_YEARS:
        assert year in years
    assert not set(fe.DEFAULT_BASELINE_YEARS) & set(fe.DEFAULT_COUNTED_YEARS)
