"""Glued values in chapters/retreat-and-legacy.ipynb."""

from tests.expectations import cell, table


def row(row_id, column="low"):
    return cell("retreat_outcomes.csv", column, id=row_id)


def series(name, year):
    return cell("economic_series.csv", "value", series=name, year=year)


def negated(compute):
    return lambda: -compute()


def third_of_soled(column):
    """Lawrance's share of Soled's peak size, to the nearest hundred people."""
    return lambda: round(row("commune-size-soled", column)() * row("commune-share-lawrance")(), -2)


def essay_share_of_peak():
    df = table("retreat_outcomes.csv").set_index("id")
    essay = df.loc["commune-size-essay", ["low", "high"]].mean()
    soled = df.loc["commune-size-soled", ["low", "high"]].mean()
    return essay / soled * 100


def agriculture_total_if_yearly():
    yearly = row("output-agriculture-macfarquhar")() / 100
    return -((1 + yearly) ** 5 - 1) * 100


def grain_fall():
    before = series("rural_grain_per_head", 1957)()
    after = series("rural_grain_per_head", 1961)()
    return (before - after) / before * 100


def procurement_drop():
    peak = series("procurement_total", 1959)()
    return (peak - row("procurement-1962")()) / peak * 100


EXPECTED = {
    # commune size
    "pd_usual": row("commune-size-peoples-daily"),
    "soled_low": row("commune-size-soled"),
    "soled_high": row("commune-size-soled", "high"),
    "essay_low": row("commune-size-essay"),
    "essay_high": row("commune-size-essay", "high"),
    "implied_low": third_of_soled("low"),
    "implied_high": third_of_soled("high"),
    "essay_share_of_peak": essay_share_of_peak,
    # the economy, 1958-62
    "agri_fall": negated(row("output-agriculture-macfarquhar")),
    "industry_rise": row("output-industry-macfarquhar"),
    "income_fall": negated(row("national-income-macfarquhar")),
    "heavy_claim": row("heavy-industry-claim"),
    "agri_if_yearly_total": agriculture_total_if_yearly,
    "recovery_years": row("living-standards-recovery"),
    "recovery_from_1957": lambda: 1957 + row("living-standards-recovery")(),
    "recovery_from_1962": lambda: 1962 + row("living-standards-recovery")(),
    "grain_per_head_1957": series("rural_grain_per_head", 1957),
    "grain_per_head_1961": series("rural_grain_per_head", 1961),
    "grain_per_head_fall": grain_fall,
    "economy_loss_billion": row("economic-cost-encyclopedia"),
    # relief
    "net_exports_1959_lin_yang": series("net_exports", 1959),
    "imports_1961": row("grain-imports-1961"),
    "procurement_1959_peak": series("procurement_total", 1959),
    "procurement_1957_heilig": row("procurement-1957"),
    "procurement_1962_heilig": row("procurement-1962"),
    "procurement_drop": procurement_drop,
    # the Cultural Revolution
    "cr_start": row("cultural-revolution-years"),
    "cr_end": row("cultural-revolution-years", "high"),
    "cr_gap": row("cultural-revolution-gap"),
    "leap_end_implied": lambda: row("cultural-revolution-years")() - row("cultural-revolution-gap")(),
    "gap_from_1962": lambda: row("cultural-revolution-years")() - 1962,
    # comparison
    "famine_paper": row("famine-deaths-student-paper"),
    "wwii_paper": row("wwii-deaths-student-paper"),
    "wwii_military": row("wwii-military-britannica"),
    "wwii_total_low": row("wwii-total-britannica"),
    "wwii_total_high": row("wwii-total-britannica", "high"),
}
