"""Derived figures glued in chapters/lushan-1959.ipynb, from data/economic_series.csv
and data/lushan_1959_dates.csv."""

from tests.expectations import by_id, change, economic

date = by_id("lushan_1959_dates.csv", "year")


def month(row_id, january=False):
    """Months since the start of 1958 (January 1958 = 1); with january, from the row's January."""
    return (date(row_id, "year") - 1958) * 12 + (1 if january else date(row_id, "month"))


EXPECTED = {
    "procurement_share_rise": lambda: economic("procurement_share_of_output", 1959)
    - economic("procurement_share_of_output", 1958),
    "net_exports_rise_percent": lambda: change(economic("net_exports", 1958), economic("net_exports", 1959)),
    "rural_grain_fall_percent": lambda: -change(economic("rural_grain_per_head", 1958),
                                                economic("rural_grain_per_head", 1960)),
    "months_before_lushan": lambda: month("lushan-student-paper") - month("steps-down-student-paper"),
    "slides_gap_min_months": lambda: month("steps-down-slides", january=True) - month("steps-down-student-paper"),
}
