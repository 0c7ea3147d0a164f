"""Glued values in chapters/before-the-leap.ipynb."""

from tests.expectations import cell

FILE = "china_1949_1957.csv"


def figure(row_id):
    return cell(FILE, "value", id=row_id)


def percent_change(new, old):
    """Growth from old to new, in per cent."""
    return lambda: (figure(new)() / figure(old)() - 1) * 100


def five_year_rise(row_id):
    """Total rise over five years at a constant yearly rate, in per cent."""
    return lambda: ((1 + figure(row_id)() / 100) ** 5 - 1) * 100


def grain_per_head_fall():
    grain = 1 + figure("grain-growth-1957-spence")() / 100
    people = 1 + figure("population-growth-1957-spence")() / 100
    return (1 - grain / people) * 100


def yearly_population_growth_1952_57():
    ratio = figure("population-1957-nbs")() / figure("population-1952-nbs")()
    return (ratio ** (1 / 5) - 1) * 100


EXPECTED = {
    "rural_share": figure("rural-share-student-paper"),
    "population_1957_millions": lambda: figure("population-1957-nbs")() / 100,
    "rural_1957_millions": lambda: (figure("population-1957-nbs")() / 100
                                    * figure("rural-share-student-paper")() / 100),
    "population_round": figure("population-total-student-paper"),
    "rural_workers_claim": figure("rural-workers-student-paper"),
    "landlord_deaths": figure("landlord-deaths-soled"),
    "industry_growth": figure("industry-growth-soled"),
    "industry_growth_lawrance": figure("industry-growth-lawrance"),
    "agriculture_growth": figure("agriculture-growth-soled"),
    "gnp_growth": figure("gnp-growth-soled"),
    "industry_five_year_rise": five_year_rise("industry-growth-soled"),
    "agriculture_five_year_rise": five_year_rise("agriculture-growth-soled"),
    "grain_growth_1957": figure("grain-growth-1957-spence"),
    "population_growth_1957": figure("population-growth-1957-spence"),
    "grain_per_head_fall_1957": grain_per_head_fall,
    "natural_increase_1957": lambda: figure("natural-increase-1957-nbs")() / 10,
    "registered_growth_1957": percent_change("population-1957-nbs", "population-1956-nbs"),
    "population_growth_1952_57": yearly_population_growth_1952_57,
}
