"""Glued values in chapters/numbers-that-lied.ipynb (derived figures only)."""

from tests.expectations import cell, table


def ratio_range(which):
    """Smallest claim/later ratio (claim over a range's high end) or largest
    (over its low end), among the later estimates."""

    def compute():
        df = table("output_1958.csv")
        claims = (df[df["figure_kind"] == "claimed"]
                  .groupby("commodity")["low_mt"].max())
        later = df[df["figure_kind"] == "later estimate"]
        low = (later["commodity"].map(claims) / later["high_mt"]).round(2)
        high = (later["commodity"].map(claims) / later["low_mt"]).round(2)
        return low.min() if which == "smallest" else high.max()

    return compute


def grain_claim_over_spence():
    def low(row_id):
        return cell("output_1958.csv", "low_mt", id=row_id)()

    return round(low("grain-claim-spence") / low("grain-estimate-spence"), 2)


EXPECTED = {
    "ratio_smallest": ratio_range("smallest"),
    "ratio_largest": ratio_range("largest"),
    "ratio_grain_spence": grain_claim_over_spence,
}
