"""Derived figures glued in chapters/sino-soviet-split.ipynb.

The figures read straight from a row of data/soviet_withdrawal_1960.csv need
no second copy here (nbval re-runs the lookups); these are sums, differences
and shares of them.
"""

from tests.expectations import cell


def withdrawal(row_id):
    return cell("soviet_withdrawal_1960.csv", "value", id=row_id)()


def plus_scitech(expert_contracts):
    """One count of expert contracts plus the science-and-technology ones."""
    return lambda: withdrawal(expert_contracts) + withdrawal("scitech-peoples-daily")


EXPECTED = {
    "contracts_gap": lambda: withdrawal("expert-contracts-zhang") - withdrawal("expert-contracts-peoples-daily"),
    "sum_with_343": plus_scitech("expert-contracts-peoples-daily"),
    "sum_with_345": plus_scitech("expert-contracts-zhang"),
    "aided_building_pct": lambda: round(
        100 * withdrawal("aided-building-peoples-daily") / withdrawal("aided-total-peoples-daily"), 1
    ),
}
