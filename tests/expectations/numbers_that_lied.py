"""Glued values in chapters/numbers-that-lied.ipynb."""

from tests.expectations import cell, table


def output(row_id, column="low_mt"):
    return cell("output_1958.csv", column, id=row_id)


def series(name, year):
    return cell("economic_series.csv", "value", series=name, year=year)


def ratio_range(which):
    """Smallest claim/later ratio (claim over a range's high end) or largest (over its low end)."""

    def compute():
        df = table("output_1958.csv")
        claims = df[df["figure_kind"] == "claimed"].groupby("commodity")["low_mt"].max()
        later = df[df["figure_kind"] == "later estimate"]
        low = (later["commodity"].map(claims) / later["high_mt"]).round(2)
        high = (later["commodity"].map(claims) / later["low_mt"]).round(2)
        return low.min() if which == "smallest" else high.max()

    return compute


EXPECTED = {
    "grain_claimed": output("grain-claim-spence"),
    "grain_revised": output("grain-revision-spence"),
    "grain_spence_estimate": output("grain-estimate-spence"),
    "grain_lawrance_low": output("grain-estimate-lawrance", "low_mt"),
    "grain_lawrance_high": output("grain-estimate-lawrance", "high_mt"),
    "grain_official": output("grain-official-lin-yang"),
    "steel_claimed": output("steel-claim-lawrance"),
    "steel_later": output("steel-actual-lawrance"),
    "steel_1957": output("steel-1957-official"),
    "coal_claimed": output("coal-claim-lawrance"),
    "coal_later": output("coal-actual-lawrance"),
    "cotton_claimed": output("cotton-claim-lawrance"),
    "cotton_later": output("cotton-actual-lawrance"),
    "ratio_smallest": ratio_range("smallest"),
    "ratio_largest": ratio_range("largest"),
    "ratio_grain_spence": lambda: round(output("grain-claim-spence")() / output("grain-estimate-spence")(), 2),
    "procurement_share_1958": series("procurement_share_of_output", 1958),
    "procurement_share_1959": series("procurement_share_of_output", 1959),
    "procurement_total_1959": series("procurement_total", 1959),
    "net_exports_1958": series("net_exports", 1958),
    "net_exports_1959": series("net_exports", 1959),
    "rural_grain_1957": series("rural_grain_per_head", 1957),
    "rural_grain_1958": series("rural_grain_per_head", 1958),
    "rural_grain_1959": series("rural_grain_per_head", 1959),
    "investment_share_1959": series("investment_share_of_national_income", 1959),
}
