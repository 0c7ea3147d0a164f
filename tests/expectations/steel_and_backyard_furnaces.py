"""Glued values in chapters/steel-and-backyard-furnaces.ipynb."""

from tests.expectations import cell, table


def steel(row_id):
    return cell("steel_output.csv", "value_mt", id=row_id)


def output(row_id):
    return cell("output_1958.csv", "low_mt", id=row_id)


def furnace(row_id):
    return cell("backyard_furnaces.csv", "value", id=row_id)


def industry(row_id):
    return cell("industrial_growth.csv", "value_percent", id=row_id)


def ratio(numerator, denominator, scale=1.0):
    return lambda: scale * numerator() / denominator()


# The record furnace's output in tonnes: a catty (jin) is half a kilogram.
def record_tonnes():
    return furnace("record-catties-chinhua-report")() * 0.5 / 1000


def iron_per_furnace():
    return furnace("iron-shaoyang-report")() / furnace("furnaces-shaoyang-report")()


def official_years():
    """Years 1949-1965 with an official steel statistic, in either data file."""
    steel_rows = table("steel_output.csv")
    other = table("output_1958.csv")
    years = set(steel_rows.loc[steel_rows["figure_kind"] == "official statistic", "year"])
    is_steel = (other["commodity"] == "steel") & (other["figure_kind"] == "official statistic")
    years |= set(other.loc[is_steel, "year"])
    return {int(year) for year in years if 1949 <= year <= 1965}


EXPECTED = {
    # Targets and the pace needed in autumn 1958.
    "steel_1957": output("steel-1957-official"),
    "target_1958": steel("steel-1958-target-beidaihe"),
    "target_ratio": ratio(steel("steel-1958-target-beidaihe"), output("steel-1957-official")),
    "made_by_august": steel("steel-1958-january-august"),
    "target_1959": steel("steel-1959-target-beidaihe"),
    "still_to_make": lambda: steel("steel-1958-target-beidaihe")() - steel("steel-1958-january-august")(),
    "rate_so_far": lambda: steel("steel-1958-january-august")() / 8,
    "rate_needed": lambda: (steel("steel-1958-target-beidaihe")() - steel("steel-1958-january-august")()) / 4,
    "rate_ratio": lambda: ((steel("steel-1958-target-beidaihe")() - steel("steel-1958-january-august")()) / 4)
    / (steel("steel-1958-january-august")() / 8),
    # The Shaoyang report.
    "shaoyang_furnaces": furnace("furnaces-shaoyang-report"),
    "shaoyang_iron": furnace("iron-shaoyang-report"),
    "shaoyang_goal": furnace("iron-goal-shaoyang-report"),
    "record_catties": furnace("record-catties-chinhua-report"),
    "record_tonnes": record_tonnes,
    "iron_per_furnace": iron_per_furnace,
    "record_days": lambda: iron_per_furnace() / record_tonnes(),
    "goal_share": ratio(furnace("iron-shaoyang-report"), furnace("iron-goal-shaoyang-report"), 100),
    # National furnace counts.
    "count_spence": furnace("furnaces-china-spence"),
    "count_lawrance": furnace("furnaces-china-lawrance"),
    "count_encyclopedia": furnace("furnaces-china-encyclopedia"),
    "count_ratio": ratio(furnace("furnaces-china-spence"), furnace("furnaces-china-lawrance")),
    "share_of_spence": ratio(furnace("furnaces-shaoyang-report"), furnace("furnaces-china-spence"), 100),
    "share_of_lawrance": ratio(furnace("furnaces-shaoyang-report"), furnace("furnaces-china-lawrance"), 100),
    # Claims for steel and industry.
    "claim_1957": steel("steel-1957-claim-macfarquhar"),
    "claim_1960": steel("steel-1960-claim-macfarquhar"),
    "steel_claim_1958": output("steel-claim-lawrance"),
    "steel_later": output("steel-actual-lawrance"),
    "growth_expected": industry("industry-growth-expected"),
    "industry_1958": industry("industry-1958-announced"),
    "target_early_1958": industry("steel-power-coal-1958-target"),
    "heavy_industry": industry("heavy-industry-leap-claimed"),
    "industry_later": industry("industry-1958-62-later"),
    # The steel series and its gaps.
    "n_years": lambda: len(range(1949, 1966)),
    "n_documented": lambda: len(official_years()),
    "n_missing": lambda: len(range(1949, 1966)) - len(official_years()),
    "steel_1949": steel("steel-1949-official"),
    "steel_1965": steel("steel-1965-official"),
    "reuters_1958": steel("steel-1958-reuters-heading"),
}
