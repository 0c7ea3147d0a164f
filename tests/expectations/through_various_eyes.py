"""Derived figures glued in chapters/through-various-eyes.ipynb: sums, ratios and
roundings of rows of data/seed_claims_compared.csv and two data series."""

from tests.expectations import by_id, economic, value

claim = by_id("seed_claims_compared.csv", "value")


def death_rate(year):
    return value("vital_statistics.csv", "value", series="crude_death_rate", year=year, source="nbs1999china")


EXPECTED = {
    "deaths_soled_sum": lambda: claim("deaths-002-soled-1959-60") + claim("deaths-002-soled-1961"),
    "deaths_implied_one_in_ten": lambda: claim("rural-000-central-committee") * claim("deaths-003-one-in-ten") / 100,
    "people_per_commune": lambda: round(claim("rural-000-central-committee") * 1e6 / claim("communes-001-count"), -2),
    "household_low": lambda: claim("size-002-people", "low") / claim("size-002-households"),
    "household_high": lambda: claim("size-002-people", "high") / claim("size-002-households"),
    "size_third_low": lambda: round(claim("size-002-people", "low") * claim("size-002-shrunk"), -2),
    "size_third_high": lambda: round(claim("size-002-people", "high") * claim("size-002-shrunk"), -2),
    "iron_per_furnace": lambda: round(claim("iron-000-shaoyang-output") / claim("furnaces-000-shaoyang"), 1),
    "iron_share_of_goal": lambda: round(100 * claim("iron-000-shaoyang-output") / claim("iron-000-shaoyang-goal")),
    # "Almost three tons" a day, in catties: about 3,000 kg.
    "kg_per_catty": lambda: round(3000 / claim("iron-000-shaoyang-record"), 2),
    "net_exports_change_pct": lambda: round(100 * (economic("net_exports", 1959) - economic("net_exports", 1958))
                                            / economic("net_exports", 1958)),
    "cdr_ratio": lambda: round(death_rate(1960) / death_rate(1957), 2),
}
