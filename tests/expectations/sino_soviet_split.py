"""Derived figures glued in chapters/sino-soviet-split.ipynb: sums, differences
and shares of rows of data/soviet_withdrawal_1960.csv."""

from tests.expectations import by_id

withdrawal = by_id("soviet_withdrawal_1960.csv", "value")

EXPECTED = {
    "contracts_gap": lambda: withdrawal("expert-contracts-zhang") - withdrawal("expert-contracts-peoples-daily"),
    # expert contracts plus the science-and-technology ones
    "sum_with_343": lambda: withdrawal("expert-contracts-peoples-daily") + withdrawal("scitech-peoples-daily"),
    "sum_with_345": lambda: withdrawal("expert-contracts-zhang") + withdrawal("scitech-peoples-daily"),
    "aided_building_pct": lambda: round(
        100 * withdrawal("aided-building-peoples-daily") / withdrawal("aided-total-peoples-daily"), 1),
}
