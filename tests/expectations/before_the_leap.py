"""Glued values in chapters/before-the-leap.ipynb (derived figures only)."""

from tests.expectations import cell


def figure(row_id):
    return cell("china_1949_1957.csv", "value", id=row_id)()


def five_year_rise(row_id):
    """Total rise over five years at a constant yearly rate, in per cent."""
    return lambda: ((1 + figure(row_id) / 100) ** 5 - 1) * 100


def grain_per_head_fall():
    grain = 1 + figure("grain-growth-1957-spence") / 100
    people = 1 + figure("population-growth-1957-spence") / 100
    return (1 - grain / people) * 100


def yearly_population_growth_1952_57():
    ratio = figure("population-1957-nbs") / figure("population-1952-nbs")
    return (ratio ** (1 / 5) - 1) * 100


EXPECTED = {
    "population_1957_millions": lambda: figure("population-1957-nbs") / 100,
    "rural_1957_millions": lambda: (
        figure("population-1957-nbs") / 100
        * figure("rural-share-student-paper") / 100),
    "industry_five_year_rise": five_year_rise("industry-growth-soled"),
    "agriculture_five_year_rise": five_year_rise("agriculture-growth-soled"),
    "grain_per_head_fall_1957": grain_per_head_fall,
    "natural_increase_1957": lambda: figure("natural-increase-1957-nbs") / 10,
    "registered_growth_1957": lambda: (
        figure("population-1957-nbs") / figure("population-1956-nbs") - 1
    ) * 100,
    "population_growth_1952_57": yearly_population_growth_1952_57,
}
