"""Derived figures glued in chapters/numbers-that-lied.ipynb, from data/output_1958.csv."""

from tests.expectations import rows, value


def _low(row_id):
    return value("output_1958.csv", "low_mt", id=row_id)


def grain_ratios(end):
    """Grain claim / each later figure for 1958 itself (revision, estimates, official series),
    to 2 places, over the `end` column (low_mt or high_mt) of the later figure's range."""
    claim = rows("output_1958.csv", commodity="grain", figure_kind="claimed")["low_mt"].max()
    grain = rows("output_1958.csv", commodity="grain", year=1958)
    later = grain[grain["figure_kind"] != "claimed"]
    return (claim / later[end]).round(2)


def paper_ratios():
    """Each 1958 claim / the student paper's lower figure, which is probably 1957 output."""
    claims = rows("output_1958.csv", figure_kind="claimed").groupby("commodity")["low_mt"].max()
    paper = rows("output_1958.csv", figure_kind="probably 1957 output")
    return (paper["commodity"].map(claims) / paper["low_mt"]).round(2)


EXPECTED = {
    "ratio_grain_smallest": lambda: grain_ratios("high_mt").min(),
    "ratio_grain_largest": lambda: grain_ratios("low_mt").max(),
    "ratio_grain_spence": lambda: round(_low("grain-claim-spence") / _low("grain-estimate-spence"), 2),
    "ratio_coal_revision": lambda: round(_low("coal-claim-lawrance") / _low("coal-revision-npc-1959"), 2),
    "ratio_paper_smallest": lambda: paper_ratios().min(),
    "ratio_paper_largest": lambda: paper_ratios().max(),
    "ratio_steel_over_1957": lambda: round(_low("steel-claim-lawrance") / _low("steel-1957-official"), 2),
}
