"""Derived figures glued in chapters/retreat-and-legacy.ipynb."""

from tests.expectations import cell, table


def row(row_id, column="low"):
    return cell("retreat_outcomes.csv", column, id=row_id)()


def series(name, year):
    return cell("economic_series.csv", "value", series=name, year=year)()


def third_of_soled(column):
    """Lawrance's share of Soled's peak size, to the nearest hundred people."""
    return lambda: round(row("commune-size-soled", column) * row("commune-share-lawrance"), -2)


def essay_share_of_peak():
    df = table("retreat_outcomes.csv").set_index("id")
    essay = df.loc["commune-size-essay", ["low", "high"]].mean()
    return essay / df.loc["commune-size-soled", ["low", "high"]].mean() * 100


def grain_fall():
    before = series("rural_grain_per_head", 1957)
    return (before - series("rural_grain_per_head", 1961)) / before * 100


def procurement_drop():
    peak = series("procurement_total", 1959)
    return (peak - row("procurement-1962")) / peak * 100


EXPECTED = {
    "implied_low": third_of_soled("low"),
    "implied_high": third_of_soled("high"),
    "essay_share_of_peak": essay_share_of_peak,
    # falls are stored as negative numbers; the text glues their size
    "agri_fall": lambda: -row("output-agriculture-macfarquhar"),
    "income_fall": lambda: -row("national-income-macfarquhar"),
    "agri_if_yearly_total": lambda: -((1 + row("output-agriculture-macfarquhar") / 100) ** 5 - 1) * 100,
    "recovery_from_1957": lambda: 1957 + row("living-standards-recovery"),
    "recovery_from_1962": lambda: 1962 + row("living-standards-recovery"),
    "grain_per_head_fall": grain_fall,
    "procurement_drop": procurement_drop,
    "leap_end_implied": lambda: row("cultural-revolution-years") - row("cultural-revolution-gap"),
    "gap_from_1962": lambda: row("cultural-revolution-years") - 1962,
}
