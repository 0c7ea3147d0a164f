"""Derived figures glued in chapters/lushan-1959.ipynb, recomputed from data/*.csv."""

from tests.expectations import cell, table


def series(name, year):
    return cell("economic_series.csv", "value", series=name, year=year)()


def month_index(row_id, first_month_of_year=False):
    """Months since the start of 1958 (January 1958 = 1) for a row of the dates file.

    With first_month_of_year, a row that gives only a year counts from its January.
    """
    df = table("lushan_1959_dates.csv").set_index("id")
    month = 1 if first_month_of_year else df.loc[row_id, "month"]
    return (df.loc[row_id, "year"] - 1958) * 12 + month


def rural_fall_percent():
    before = series("rural_grain_per_head", 1958)
    return (before - series("rural_grain_per_head", 1960)) / before * 100


EXPECTED = {
    "procurement_share_rise": lambda: series("procurement_share_of_output", 1959)
    - series("procurement_share_of_output", 1958),
    "net_exports_rise_percent": lambda: (series("net_exports", 1959) / series("net_exports", 1958) - 1) * 100,
    "rural_grain_fall_percent": rural_fall_percent,
    "months_before_lushan": lambda: month_index("lushan-student-paper") - month_index("steps-down-student-paper"),
    "slides_gap_min_months": lambda: month_index("steps-down-slides", first_month_of_year=True)
    - month_index("steps-down-student-paper"),
}
