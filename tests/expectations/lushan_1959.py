"""Glued values in chapters/lushan-1959.ipynb, recomputed from data/*.csv."""

from tests.expectations import cell, table


def series(name, year):
    return cell("economic_series.csv", "value", series=name, year=year)


def month_index(row_id, first_month_of_year=False):
    """Months since the start of 1958 (January 1958 = 1) for a row of the dates file.

    With first_month_of_year, a row that gives only a year counts from its January.
    """

    def compute():
        df = table("lushan_1959_dates.csv").set_index("id")
        year = df.loc[row_id, "year"]
        month = 1 if first_month_of_year else df.loc[row_id, "month"]
        return (year - 1958) * 12 + month

    return compute


def difference(a, b):
    return lambda: a() - b()


def share_rise():
    return (series("procurement_share_of_output", 1959)()
            - series("procurement_share_of_output", 1958)())


def exports_rise_percent():
    return (series("net_exports", 1959)() / series("net_exports", 1958)() - 1) * 100


def rural_fall_percent():
    before = series("rural_grain_per_head", 1958)()
    after = series("rural_grain_per_head", 1960)()
    return (before - after) / before * 100


EXPECTED = {
    "investment_share_1959": series("investment_share_of_national_income", 1959),
    "procurement_share_1958": series("procurement_share_of_output", 1958),
    "procurement_share_1959": series("procurement_share_of_output", 1959),
    "procurement_total_1959": series("procurement_total", 1959),
    "net_exports_1958": series("net_exports", 1958),
    "net_exports_1959": series("net_exports", 1959),
    "rural_grain_1958": series("rural_grain_per_head", 1958),
    "rural_grain_1959": series("rural_grain_per_head", 1959),
    "rural_grain_1960": series("rural_grain_per_head", 1960),
    "rural_grain_1961": series("rural_grain_per_head", 1961),
    "procurement_share_rise": share_rise,
    "net_exports_rise_percent": exports_rise_percent,
    "rural_grain_fall_percent": rural_fall_percent,
    "months_before_lushan": difference(month_index("lushan-student-paper"),
                                       month_index("steps-down-student-paper")),
    "slides_gap_min_months": difference(month_index("steps-down-slides", first_month_of_year=True),
                                        month_index("steps-down-student-paper")),
}
