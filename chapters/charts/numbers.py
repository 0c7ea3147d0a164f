"""Charts for "Numbers that lied" (chapters/numbers-that-lied.ipynb)."""
import matplotlib.pyplot as plt

from bookstyle import COLOURS, finish, grid_across

# How a source key of the bibliography is named beside a bar.
_numbers_SHORT_NAME = {
    "spence1990search": "Spence",
    "lawrance1998china": "Lawrance",
    "seed002": "student paper",
    "linyang2000food": "Lin & Yang",
    "reuters2016steel": "Reuters",
}


def _numbers_overshoot(low, high):
    """The claim's overshoot as "2.1" or, for a range, "1.4–1.9"."""
    if round(low, 1) == round(high, 1):
        return f"{low:.1f}"
    return f"{low:.1f}–{high:.1f}"


def output_claimed_and_counted(output, overshoot):
    """1958 output: what was claimed, and what was later counted.

    One panel per commodity, in the order of ``overshoot``'s index; in each,
    one bar per row of ``output`` for that commodity (a solid bar to a
    range's low end, a pale one to its high end, in million tonnes).
    ``output`` holds ``commodity``, ``year``, ``figure_kind``, ``source``,
    ``low_mt`` and ``high_mt``; ``overshoot`` holds, per commodity, the
    ``low`` and ``high`` ratio of the claim to the later estimates, written
    into the panel's title. Colours keep the book's meaning: claims
    vermillion, later estimates blue, official figures green or orange;
    figures for other years than 1958 are grey.
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
        is_1958 = rows["year"] == 1958
        kind = rows["figure_kind"].str.capitalize()
        kind = kind.where(is_1958, "Official, " + rows["year"].astype(str))
        labels = kind + " (" + rows["source"].map(_numbers_SHORT_NAME) + ")"
        colours = rows["figure_kind"].map(colour)
        colours = colours.where(is_1958, COLOURS["grey"])

        # A pale bar to the high end of a range, a solid bar to its low end.
        ax.barh(labels, rows["high_mt"], color=colours, alpha=0.4)
        ax.barh(labels, rows["low_mt"], color=colours)
        for y, (low, high) in enumerate(zip(rows["low_mt"], rows["high_mt"])):
            value = f" {low:g}" if low == high else f" {low:g}–{high:g}"
            ax.text(high, y, value, va="center", fontsize=12)

        times = _numbers_overshoot(*overshoot.loc[commodity, ["low", "high"]])
        ax.set_title(f"{commodity.capitalize()}: claim was {times} × "
                     "the later estimate", fontsize=13)
        ax.set_xlim(0, rows["high_mt"].max() * 1.25)
        ax.set_xlabel("million tonnes", fontsize=11, loc="right")
        grid_across(ax)

    finish(
        fig,
        "1958 output: what was claimed, and what was later counted",
        "Sources: Spence 1990, pp. 519–20; Lawrance 1998, p. 58 (cited in "
        "seed 002, a student paper);\nLin & Yang 2000; Reuters 2016. "
        "Data: data/output_1958.csv",
    )
    plt.show()
