"""Derived figures glued in chapters/before-the-leap.ipynb, from data/china_1949_1957.csv
(population in units of 10,000, rates in per cent or per thousand)."""

from tests.expectations import by_id, change, compound

figure = by_id("china_1949_1957.csv", "value")

EXPECTED = {
    "population_1957_millions": lambda: figure("population-1957-nbs") / 100,
    "rural_1957_millions": lambda: figure("population-1957-nbs") / 100 * figure("rural-share-student-paper") / 100,
    "industry_five_year_rise": lambda: compound(figure("industry-growth-soled")),
    "agriculture_five_year_rise": lambda: compound(figure("agriculture-growth-soled")),
    # Grain per head: grain grew by one rate, people by another.
    "grain_per_head_fall_1957": lambda: (1 - (1 + figure("grain-growth-1957-spence") / 100)
                                         / (1 + figure("population-growth-1957-spence") / 100)) * 100,
    "natural_increase_1957": lambda: figure("natural-increase-1957-nbs") / 10,
    "registered_growth_1957": lambda: change(figure("population-1956-nbs"), figure("population-1957-nbs")),
    # Constant yearly rate that turns the 1952 population into the 1957 one.
    "population_growth_1952_57": lambda: (
        (figure("population-1957-nbs") / figure("population-1952-nbs")) ** (1 / 5) - 1) * 100,
}
