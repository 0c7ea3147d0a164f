"""Derived figures glued in chapters/steel-and-backyard-furnaces.ipynb, from
data/steel_output.csv, data/output_1958.csv and data/backyard_furnaces.csv."""

from functools import partial

from tests.expectations import by_id, rows, value

YEARS = range(1949, 1966)
steel, furnace = by_id("steel_output.csv", "value_mt"), by_id("backyard_furnaces.csv", "value")
target, by_august = partial(steel, "steel-1958-target-beidaihe"), partial(steel, "steel-1958-january-august")


def official_years():
    """Years 1949-1965 with an official steel statistic, in either data file."""
    years = {*rows("steel_output.csv", figure_kind="official statistic")["year"],
             *rows("output_1958.csv", figure_kind="official statistic", commodity="steel")["year"]}
    return {y for y in years if y in YEARS}


EXPECTED = {
    # Targets and the pace needed in autumn 1958: 8 months gone, 4 left.
    "target_ratio": lambda: target() / value("output_1958.csv", "low_mt", id="steel-1957-official"),
    "still_to_make": lambda: target() - by_august(),
    "rate_so_far": lambda: by_august() / 8,
    "rate_needed": lambda: (target() - by_august()) / 4,
    "rate_ratio": lambda: EXPECTED["rate_needed"]() / EXPECTED["rate_so_far"](),
    # The Shaoyang report (a catty, jin, is half a kilogram), and Shaoyang against the national counts.
    "record_tonnes": lambda: furnace("record-catties-chinhua-report") * 0.5 / 1000,
    "iron_per_furnace": lambda: furnace("iron-shaoyang-report") / furnace("furnaces-shaoyang-report"),
    "record_days": lambda: EXPECTED["iron_per_furnace"]() / EXPECTED["record_tonnes"](),
    "goal_share": lambda: 100 * furnace("iron-shaoyang-report") / furnace("iron-goal-shaoyang-report"),
    "count_ratio": lambda: furnace("furnaces-china-spence") / furnace("furnaces-china-lawrance"),
    "share_of_spence": lambda: 100 * furnace("furnaces-shaoyang-report") / furnace("furnaces-china-spence"),
    "share_of_lawrance": lambda: 100 * furnace("furnaces-shaoyang-report") / furnace("furnaces-china-lawrance"),
    # The steel series and its gaps.
    "n_years": lambda: len(YEARS),
    "n_documented": lambda: len(official_years()),
    "n_missing": lambda: len(YEARS) - len(official_years()),
}
