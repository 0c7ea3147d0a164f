"""Charts for "Numbers that lied" (chapters/numbers-that-lied.ipynb)."""
import matplotlib.pyplot as plt
import pandas as pd

from bookstyle import COLOURS, finish, grid_across

# How a source key of the bibliography is named beside a bar.
_numbers_SHORT_NAME = {
    "spence1990search": "Spence",
    "lawrance1998china": "Lawrance",
    "seed002": "student paper",
    "linyang2000food": "Lin & Yang",
    "reuters2016steel": "Reuters",
    "hprc2010steel": "national-history site",
    "npc1959resolution": "NPC resolution, Aug. 1959",
}


def _numbers_overshoot(low, high):
    """The claim's overshoot as "1.0" or, for a range, "1.5–1.9"."""
    if round(low, 1) == round(high, 1):
        return f"{low:.1f}"
    return f"{low:.1f}–{high:.1f}"


def output_claimed_and_counted(output, overshoot):
    """1958 output: what was claimed, and what was later counted for 1958.

    One panel per commodity, in the order of ``overshoot``'s index; in each,
    one bar per row of ``output`` for that commodity (a solid bar to a
    range's low end, a pale one to its high end, in million tonnes).
    ``output`` holds ``commodity``, ``year``, ``figure_kind``, ``source``,
    ``low_mt`` and ``high_mt``; ``overshoot`` holds, per commodity, the
    ``low`` and ``high`` ratio of the claim to the later figures for 1958
    (empty where the sources give none), written into the panel's title.
    Colours keep the book's meaning: claims vermillion, later estimates blue,
    official figures green or orange; figures for 1957, and figures that a
    source gives for 1958 but that are probably 1957 output, are grey.
    """
    colour = {
        "claimed": COLOURS["vermillion"],
        "official revision": COLOURS["orange"],
        "later estimate": COLOURS["blue"],
        "official statistic": COLOURS["green"],
    }
    commodities = list(overshoot.index)
    bars = output["commodity"].value_counts()[commodities]

    fig, axes = plt.subplots(len(commodities), 1, figsize=(7, 9.4),
                             height_ratios=bars.to_list())
    for ax, commodity in zip(axes, commodities):
        rows = output[output["commodity"] == commodity].iloc[::-1]
        is_1958 = (rows["year"] == 1958) & (
            rows["figure_kind"] != "probably 1957 output")
        kind = rows["figure_kind"].str.capitalize()
        kind = kind.where(rows["year"] == 1958,
                          "Official, " + rows["year"].astype(str))
        labels = kind + " (" + rows["source"].map(_numbers_SHORT_NAME) + ")"
        colours = rows["figure_kind"].map(colour)
        colours = colours.where(is_1958, COLOURS["grey"])

        # A pale bar to the high end of a range, a solid bar to its low end.
        ax.barh(labels, rows["high_mt"], color=colours, alpha=0.4)
        ax.barh(labels, rows["low_mt"], color=colours)
        for y, (low, high) in enumerate(zip(rows["low_mt"], rows["high_mt"])):
            value = f" {low:g}" if low == high else f" {low:g}–{high:g}"
            ax.text(high, y, value, va="center", fontsize=12)

        low, high = overshoot.loc[commodity, ["low", "high"]]
        if pd.isna(low):
            title = (f"{commodity.capitalize()}: no later figure for 1958 "
                     "in our sources")
        else:
            title = (f"{commodity.capitalize()}: claim was "
                     f"{_numbers_overshoot(low, high)} × the later 1958 figures")
        ax.set_title(title, fontsize=13)
        ax.set_xlim(0, rows["high_mt"].max() * 1.25)
        ax.set_xlabel("million tonnes", fontsize=11, loc="right")
        grid_across(ax)

    finish(
        fig,
        "1958 output: what was claimed, and what was later counted",
        "Sources: Spence 1990, pp. 519–20; Lawrance 1998, p. 58 (cited in "
        "seed 002, a student paper);\nLin & Yang 2000; Reuters 2016; "
        "hprc.org.cn 2010; NPC Standing Committee, 26 Aug. 1959.\n"
        "Grey bars: 1957 output, or figures that are probably 1957 output. "
        "Data: data/output_1958.csv",
        rect=(0, 0.07, 1, 1),
    )
    plt.show()
