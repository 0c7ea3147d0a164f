"""Charts for "Retreat and legacy" (chapters/retreat-and-legacy.ipynb)."""
import matplotlib.pyplot as plt

from bookstyle import COLOURS, finish, grid_across

# The rows of the commune-size chart, top to bottom: {row id: (label,
# colour, hatch)}. The last row is our own arithmetic, so it is hatched.
_retreat_SIZE_ROWS = {
    "commune-size-peoples-daily": (
        "People's Daily, Sept. 1958\n(claim at the time)",
        COLOURS["vermillion"], ""),
    "commune-size-soled": (
        "Soled, via student paper\n(commune at its peak)",
        COLOURS["blue"], ""),
    "commune-size-essay": (
        "Partisan essay, no source\n(after the cutback)",
        COLOURS["purple"], ""),
    "a-third-of-soled": (
        "A third of Soled's range,\nfollowing Lawrance",
        COLOURS["sky"], "//"),
}


def commune_sizes(sizes):
    """How big was a commune, before and after the retreat? One bar per
    figure, peak sizes above the dashed line and sizes after the cutback
    below it. A pale bar runs to the top of a range, a solid bar to its
    bottom.

    ``sizes`` is indexed by the row ids of retreat_outcomes.csv
    "commune-size-peoples-daily", "commune-size-soled" and
    "commune-size-essay", plus "a-third-of-soled" (our arithmetic), and
    holds ``low`` and ``high`` in people.
    """
    row_ids = list(_retreat_SIZE_ROWS)[::-1]  # barh draws bottom up

    fig, ax = plt.subplots(figsize=(7, 5))
    for y, row_id in enumerate(row_ids):
        _, colour, hatch = _retreat_SIZE_ROWS[row_id]
        low, high = sizes.loc[row_id, "low"], sizes.loc[row_id, "high"]
        ax.barh(y, high, color=colour, alpha=0.35, hatch=hatch,
                edgecolor="white")
        ax.barh(y, low, color=colour, hatch=hatch, edgecolor="white")
        text = f" {low:,.0f}" if low == high else f" {low:,.0f}–{high:,.0f}"
        ax.text(high, y, text, va="center", fontsize=12)

    labels = [_retreat_SIZE_ROWS[row_id][0] for row_id in row_ids]
    ax.set_yticks(range(len(row_ids)), labels, fontsize=11)
    ax.axhline(1.5, color=COLOURS["grey"], linewidth=1, linestyle="--")
    ax.text(39500, 1.45, "before ↑   after ↓", ha="right", va="top",
            fontsize=10, color=COLOURS["grey"])
    ax.set_xlim(0, 40000)
    ax.set_xticks(range(0, 40001, 10000))
    ax.xaxis.set_major_formatter("{x:,.0f}")
    ax.set_xlabel("people per commune")
    grid_across(ax)
    finish(
        fig,
        "How big was a commune, before and after the retreat?",
        "Sources: People's Daily, 3 Sept. 1958, in Cheng et al. 1999, "
        "pp. 418–22 (seed 000);\nSoled 1995, p. 62, and Lawrance 1998, p. 64, "
        "cited in seed 002 (a student paper);\nseed 004 (a partisan essay). "
        "Data: data/retreat_outcomes.csv",
        rect=(0, 0.1, 1, 1),
    )
    plt.show()


def leap_result(changes):
    """The Leap's result in China's later statistics: one horizontal bar per
    measure, falls to the left of zero, each labelled with its signed
    change. All are official statistics published after 1976, so all are
    blue.

    ``changes`` is a Series of changes in per cent, indexed by the measure's
    label, in the order to show them top to bottom.
    """
    labels, values = list(changes.index)[::-1], list(changes)[::-1]

    fig, ax = plt.subplots(figsize=(7, 3.6))
    ax.barh(labels, values, color=COLOURS["blue"])
    ax.axvline(0, color=COLOURS["black"], linewidth=1)
    for y, value in enumerate(values):
        side = "left" if value > 0 else "right"
        label = f" {value:+.1f}% ".replace("-", "−")
        ax.text(value, y, label, va="center", ha=side, fontsize=12)

    ax.set_xlim(-6.5, 6.5)
    ax.set_xlabel("change in value over 1958–62 (per cent, as reported)")
    grid_across(ax)
    finish(
        fig,
        "The Leap's result in China's later statistics, 1958–62",
        "Source: MacFarquhar 1983, p. 330, as cited in seed 002 (a student "
        "paper), which does not say\nwhether these are total or yearly "
        "changes. Data: data/retreat_outcomes.csv",
        rect=(0, 0.1, 1, 1),
    )
    plt.show()
