"""Unit tests for chapters/famine_estimator.py, the chapter "How many died?"'s estimator.

Known inputs give known outputs (worked out by hand in the comments); every
bad parameter fails with a ValueError that names it; and on the registered
official data the estimator gives figures worked out by hand from the CSV (the
table above ``HAND_WORKED``). These are the independent evidence for every
estimator figure the chapter quotes: tests/expectations/how_many_died.py calls
the estimator itself rather than keeping a second copy of it.
"""

import doctest

import pandas as pd
import pytest

import chapters.famine_estimator as fe
from booktools.paths import DATA

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


def registered(series, release="official 1999 yearbook"):
    vital = pd.read_csv(DATA / "vital_statistics.csv")
    rows = vital[(vital["release"] == release) & (vital["series"] == series)]
    return rows.set_index("year")["value"]


def people():
    return fe.mid_year_population(registered("population_year_end") * 10_000)


def deaths(release="official 1999 yearbook"):
    return registered("crude_death_rate", release)


# Worked by hand from data/vital_statistics.csv ("official 1999 yearbook";
# the last column is the "Banister 1984 adjustment, not official"):
#
#   year  population at year end   death rate   birth rate   Banister's
#         (10,000 people)          (per 1,000)  (per 1,000)  death rate
#   1954                           13.18
#   1955                           12.28
#   1956                           11.40        31.90        20.1
#   1957                           10.80        34.03        18.1
#   1958  65,994
#   1959  67,207                   14.59                     22.1
#   1960  66,207                   25.43                     44.6
#   1961  65,859                   14.24        18.02        23.0
#   1962                           10.02                     14.0
#   1963                           10.04                     13.8
#
# People alive: 1959 (65,994 + 67,207) / 2 x 10,000 = 666,005,000;
#   1960 (67,207 + 66,207) / 2 x 10,000 = 667,070,000; 1961 660,330,000.
# Default baseline: (11.40 + 10.80 + 10.02 + 10.04) / 4 = 10.565 per 1,000.
# Excess deaths = (death rate - baseline) x people / 1,000:
#   1959 (14.59 - 10.565) x 666,005 =  2,680,670.125
#   1960 (25.43 - 10.565) x 667,070 =  9,915,995.55
#   1961 (14.24 - 10.565) x 660,330 =  2,426,712.75
#   1959-61, added up               = 15,023,378.425
# If 40% of deaths were never registered: 15,023,378.425 / 0.6.
# Banister's rates: baseline (20.1 + 18.1 + 14.0 + 13.8) / 4 = 16.5, so
#   5.6 x 666,005 + 28.1 x 667,070 + 6.5 x 660,330 = 26,766,440.
# Births lost in 1961 against 1956-57: (31.90 + 34.03) / 2 = 32.965, so
#   (32.965 - 18.02) x 660,330 = 9,868,631.85.
# Trend of 1954-57: the rates fall by 0.802 a year around their mean, 11.915
#   at 1955.5 (slope = -4.01 / 5), so 1960 gets 11.915 - 4.5 x 0.802 = 8.306.
HAND_WORKED = {
    "people alive in 1960": (lambda: people()[1960], 667_070_000),
    "default baseline": (
        lambda: fe.baseline_rates(deaths(), fe.DEFAULT_BASELINE_YEARS, [1960])[1960],
        10.565,
    ),
    "excess deaths, 1960": (lambda: fe.yearly_excess(deaths(), people())[1960], 9_915_995.55),
    "excess deaths, 1959-61": (lambda: fe.excess_deaths(deaths(), people()), 15_023_378.425),
    "40% never registered": (
        lambda: fe.excess_deaths(deaths(), people(), under_registration=0.4),
        15_023_378.425 / 0.6,
    ),
    "Banister's rates": (
        lambda: fe.excess_deaths(deaths("Banister 1984 adjustment, not official"), people()),
        26_766_440,
    ),
    "births lost, 1961": (
        lambda: fe.births_lost(registered("crude_birth_rate"), people(), [1956, 1957], [1961]),
        9_868_631.85,
    ),
    "trend of 1954-57, at 1960": (
        lambda: fe.baseline_rates(deaths(), [1954, 1955, 1956, 1957], [1960], "trend")[1960],
        8.306,
    ),
}


@pytest.mark.parametrize("what", HAND_WORKED)
def test_registered_data_give_the_hand_worked_figures(what):
    compute, by_hand = HAND_WORKED[what]
    assert compute() == pytest.approx(by_hand, rel=1e-9)


def test_default_settings_reproduce_the_registered_toll():
    """Registration, taken at face value, gives about 15 to 17 million excess deaths."""
    assert 14.5e6 < fe.excess_deaths(deaths(), people()) < 17.5e6


def test_defaults_are_inside_the_data():
    years = deaths().index
    for year in fe.DEFAULT_BASELINE_YEARS + fe.DEFAULT_COUNTED_YEARS:
        assert year in years
    assert not set(fe.DEFAULT_BASELINE_YEARS) & set(fe.DEFAULT_COUNTED_YEARS)
