"""Derived figures glued in chapters/numbers-that-lied.ipynb, from data/output_1958.csv."""

from tests.expectations import rows, value


def ratios(end):
    """Claim / later estimate, to 2 places, for each later estimate: a commodity's largest
    claim over the `end` column (low_mt or high_mt) of the estimate's range."""
    claims = rows("output_1958.csv", figure_kind="claimed").groupby("commodity")["low_mt"].max()
    later = rows("output_1958.csv", figure_kind="later estimate")
    return (later["commodity"].map(claims) / later[end]).round(2)


EXPECTED = {
    "ratio_smallest": lambda: ratios("high_mt").min(),
    "ratio_largest": lambda: ratios("low_mt").max(),
    "ratio_grain_spence": lambda: round(value("output_1958.csv", "low_mt", id="grain-claim-spence")
                                        / value("output_1958.csv", "low_mt", id="grain-estimate-spence"), 2),
}
