"""Derived figures glued in chapters/through-various-eyes.ipynb.

The figures the chapter quotes straight from a row of data/*.csv need no
second copy here (nbval re-runs the lookups); these are sums, ratios and
roundings of them.
"""

from tests.expectations import cell


def claim(row_id, column="value"):
    return cell("seed_claims_compared.csv", column, id=row_id)()


def exports(year):
    return cell("economic_series.csv", "value", series="net_exports", year=year)()


def death_rate(year):
    return cell("vital_statistics.csv", "value", series="crude_death_rate", year=year, source="nbs1999china")()


def per_household(end):
    return lambda: claim("size-002-people", end) / claim("size-002-households")


def third_of_peak(end):
    return lambda: round(claim("size-002-people", end) * claim("size-002-shrunk"), -2)


EXPECTED = {
    "deaths_soled_sum": lambda: claim("deaths-002-soled-1959-60") + claim("deaths-002-soled-1961"),
    "deaths_implied_one_in_ten": lambda: claim("rural-000-central-committee") * claim("deaths-003-one-in-ten") / 100,
    "people_per_commune": lambda: round(claim("rural-000-central-committee") * 1e6 / claim("communes-001-count"), -2),
    "household_low": per_household("low"),
    "household_high": per_household("high"),
    "size_third_low": third_of_peak("low"),
    "size_third_high": third_of_peak("high"),
    "iron_per_furnace": lambda: round(claim("iron-000-shaoyang-output") / claim("furnaces-000-shaoyang"), 1),
    "iron_share_of_goal": lambda: round(100 * claim("iron-000-shaoyang-output") / claim("iron-000-shaoyang-goal")),
    # "Almost three tons" a day, in catties: about 3,000 kg.
    "kg_per_catty": lambda: round(3000 / claim("iron-000-shaoyang-record"), 2),
    "net_exports_change_pct": lambda: round(100 * (exports(1959) - exports(1958)) / exports(1958)),
    "cdr_ratio": lambda: round(death_rate(1960) / death_rate(1957), 2),
}
