"""Glued values in chapters/sino-soviet-split.ipynb."""

from tests.expectations import cell


def withdrawal(row_id):
    return cell("soviet_withdrawal_1960.csv", "value", id=row_id)


def exports(year):
    return cell("economic_series.csv", "value", series="net_exports", year=year)


def plus(first, second):
    """The sum of two rows' values."""
    return lambda: withdrawal(first)() + withdrawal(second)()


def building_share():
    """Unfinished Soviet-aided projects as a percentage of all of them, to one decimal."""
    building = withdrawal("aided-building-peoples-daily")()
    total = withdrawal("aided-total-peoples-daily")()
    return round(100 * building / total, 1)


EXPECTED = {
    "experts_spence": withdrawal("experts-spence"),
    "experts_peoples_daily": withdrawal("experts-peoples-daily"),
    "contracts_spence": withdrawal("expert-contracts-spence"),
    "contracts_peoples_daily": withdrawal("expert-contracts-peoples-daily"),
    "contracts_zhang": withdrawal("expert-contracts-zhang"),
    "scitech_spence": withdrawal("scitech-spence"),
    "scitech_peoples_daily": withdrawal("scitech-peoples-daily"),
    "scitech_zhang": withdrawal("scitech-zhang"),
    "contracts_total": withdrawal("contracts-total-peoples-daily"),
    "aided_total": withdrawal("aided-total-peoples-daily"),
    "aided_completed": withdrawal("aided-completed-peoples-daily"),
    "aided_building": withdrawal("aided-building-peoples-daily"),
    "enterprises_halted": withdrawal("enterprises-halted-peoples-daily"),
    "contracts_gap": lambda: withdrawal("expert-contracts-zhang")() - withdrawal("expert-contracts-peoples-daily")(),
    "sum_with_343": plus("expert-contracts-peoples-daily", "scitech-peoples-daily"),
    "sum_with_345": plus("expert-contracts-zhang", "scitech-peoples-daily"),
    "aided_building_pct": building_share,
    "net_exports_1958": exports(1958),
    "net_exports_1959": exports(1959),
}
