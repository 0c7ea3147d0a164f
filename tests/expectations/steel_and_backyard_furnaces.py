"""Derived figures glued in chapters/steel-and-backyard-furnaces.ipynb."""

from tests.expectations import cell, table

steel_1957 = cell("output_1958.csv", "low_mt", id="steel-1957-official")
target = cell("steel_output.csv", "value_mt", id="steel-1958-target-beidaihe")
by_august = cell("steel_output.csv", "value_mt", id="steel-1958-january-august")


def furnace(row_id):
    return cell("backyard_furnaces.csv", "value", id=row_id)()


# The record furnace's output in tonnes: a catty (jin) is half a kilogram.
def record_tonnes():
    return furnace("record-catties-chinhua-report") * 0.5 / 1000


def iron_per_furnace():
    return furnace("iron-shaoyang-report") / furnace("furnaces-shaoyang-report")


def official_years():
    """Years 1949-1965 with an official steel statistic, in either data file."""
    years = set()
    for name, commodity in [("steel_output.csv", None), ("output_1958.csv", "steel")]:
        df = table(name)
        rows = df[df["figure_kind"] == "official statistic"]
        if commodity:
            rows = rows[rows["commodity"] == commodity]
        years |= {int(y) for y in rows["year"] if 1949 <= y <= 1965}
    return years


EXPECTED = {
    # Targets and the pace needed in autumn 1958.
    "target_ratio": lambda: target() / steel_1957(),
    "still_to_make": lambda: target() - by_august(),
    "rate_so_far": lambda: by_august() / 8,
    "rate_needed": lambda: (target() - by_august()) / 4,
    "rate_ratio": lambda: ((target() - by_august()) / 4) / (by_august() / 8),
    # The Shaoyang report, and Shaoyang against the national counts.
    "record_tonnes": record_tonnes,
    "iron_per_furnace": iron_per_furnace,
    "record_days": lambda: iron_per_furnace() / record_tonnes(),
    "goal_share": lambda: 100 * furnace("iron-shaoyang-report") / furnace("iron-goal-shaoyang-report"),
    "count_ratio": lambda: furnace("furnaces-china-spence") / furnace("furnaces-china-lawrance"),
    "share_of_spence": lambda: 100 * furnace("furnaces-shaoyang-report") / furnace("furnaces-china-spence"),
    "share_of_lawrance": lambda: 100 * furnace("furnaces-shaoyang-report") / furnace("furnaces-china-lawrance"),
    # The steel series and its gaps.
    "n_years": lambda: len(range(1949, 1966)),
    "n_documented": lambda: len(official_years()),
    "n_missing": lambda: len(range(1949, 1966)) - len(official_years()),
}
