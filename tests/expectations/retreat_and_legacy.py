"""Derived figures glued in chapters/retreat-and-legacy.ipynb, from
data/retreat_outcomes.csv and data/economic_series.csv."""

from tests.expectations import by_id, change, compound, economic

row = by_id("retreat_outcomes.csv", "low")


def middle(row_id):
    return (row(row_id, "low") + row(row_id, "high")) / 2


EXPECTED = {
    # Lawrance's share of Soled's peak commune size, to the nearest hundred people
    "implied_low": lambda: round(row("commune-size-soled", "low") * row("commune-share-lawrance"), -2),
    "implied_high": lambda: round(row("commune-size-soled", "high") * row("commune-share-lawrance"), -2),
    "essay_share_of_peak": lambda: middle("commune-size-essay") / middle("commune-size-soled") * 100,
    # falls are stored as negative numbers; the text glues their size
    "agri_fall": lambda: -row("output-agriculture-macfarquhar"),
    "income_fall": lambda: -row("national-income-macfarquhar"),
    "agri_if_yearly_total": lambda: -compound(row("output-agriculture-macfarquhar")),
    "recovery_from_1957": lambda: 1957 + row("living-standards-recovery"),
    "recovery_from_1962": lambda: 1962 + row("living-standards-recovery"),
    "grain_per_head_fall": lambda: -change(economic("rural_grain_per_head", 1957), economic("rural_grain_per_head", 1961)),
    "procurement_drop": lambda: -change(economic("procurement_total", 1959), row("procurement-1962")),
    "leap_end_implied": lambda: row("cultural-revolution-years") - row("cultural-revolution-gap"),
    "gap_from_1962": lambda: row("cultural-revolution-years") - 1962,
}
