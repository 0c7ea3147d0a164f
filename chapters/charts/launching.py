"""Charts for "Launching the Leap, 1958" (chapters/launching-the-leap.ipynb)."""
import matplotlib.pyplot as plt
from matplotlib.ticker import FuncFormatter, NullLocator

from bookstyle import COLOURS, finish, grid_across, legend_handles

# The rows of the jump-in-scale chart, top to bottom, grouped under a heading
# for each stage: {heading: {row id in rural_units.csv: label}}.
_launching_UNIT_ROWS = {
    "Before the Leap": {
        "mutual-aid-team": "Mutual-aid team",
        "elementary-coop": "Elementary co-op",
        "higher-coop-soled": "Co-op (Soled)",
        "coop-henan-average": "Henan co-op (Spence)",
    },
    "The commune, 1958": {
        "commune-henan-households": "First commune, Henan",
        "commune-peoples-daily-people": "Usual (People's Daily)",
        "commune-peoples-daily-households": "In some cases (same)",
        "commune-soled-people": "Commune (Soled)",
        "commune-soled-families": "Commune (Soled)",
    },
    "Inside the commune, 1958": {
        "team-student-paper": "Production team",
        "brigade-families": "Production brigade",
    },
    "After the downsizing": {
        "commune-after-downsizing": "Commune (essay)",
    },
}


def _launching_words(row):
    """The words printed beside a row's mark: its size and what it counts."""
    if row["precision"] == "vague phrase":
        return (f"“several hundred” {row['measure']}\n"
                f"(read as {row['low']:,.0f}–{row['high']:,.0f})")
    if row["low"] != row["high"]:
        return f"{row['low']:,.0f}–{row['high']:,.0f} {row['measure']}"
    words = f"{row['low']:,.0f} {row['measure']}"
    if row["precision"] == "derived":
        words += " (derived)"
    return words


def _launching_mark(ax, y, row, colour):
    """Draw one row's size: a hatched bar for a phrase, a thick line for a
    range, a dot (households) or square (people) for a single figure."""
    low, high = row["low"], row["high"]
    if row["precision"] == "vague phrase":
        ax.barh(y, high - low, left=low, height=0.55, color="white",
                edgecolor=colour, hatch="////", linewidth=1.2)
    elif low != high:
        ax.plot([low, high], [y, y], color=colour, linewidth=9,
                solid_capstyle="butt")
    else:
        face = "white" if row["precision"] == "derived" else colour
        marker = "o" if row["measure"] == "households" else "s"
        ax.plot(low, y, marker=marker, markersize=11, color=colour,
                markerfacecolor=face, markeredgewidth=2.2)
    # Words go to the left of large values, to the right of small ones.
    if high >= 3000:
        ax.text(low / 1.5, y, _launching_words(row), va="center",
                ha="right", fontsize=11)
    else:
        ax.text(high * 1.5, y, _launching_words(row), va="center",
                fontsize=11)


def unit_sizes(drawn):
    """The jump in scale: the size of each rural unit, from the mutual-aid
    team to the commune, one row per figure on a logarithmic scale.

    ``drawn`` is indexed by row id (those of rural_units.csv, plus the derived
    rows "coop-henan-average" and "brigade-families") and holds ``measure``
    (households or people), ``low``, ``high``, ``precision`` ("no figure",
    "vague phrase", "derived", ...) and ``figure_kind`` ("claim at the time"
    or "later account"). Claims of the time are vermillion, later accounts
    blue; a row with no figure is shown as a gap.
    """
    colour = {
        "claim at the time": COLOURS["vermillion"],
        "later account": COLOURS["blue"],
    }
    grey = COLOURS["grey"]

    fig, ax = plt.subplots(figsize=(7, 8.6))
    ax.set_xscale("log")
    ax.set_xlim(4, 150_000)
    y, ticks, names = 0, [], []
    for heading, group in _launching_UNIT_ROWS.items():
        ax.text(4.4, y, heading, fontsize=12, fontweight="bold",
                va="center")
        y -= 1
        for row_id, name in group.items():
            row = drawn.loc[row_id]
            ticks.append(y)
            names.append(name)
            if row["precision"] == "no figure":
                ax.text(4.8, y, "no size in our sources: a gap",
                        color=grey, style="italic", va="center",
                        fontsize=11)
            else:
                _launching_mark(ax, y, row, colour[row["figure_kind"]])
            y -= 1
        y -= 0.3

    ax.set_yticks(ticks, names)
    ax.set_ylim(y + 0.5, 0.6)
    grid_across(ax)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    ax.xaxis.set_minor_locator(NullLocator())  # plain tens, hundreds, ...
    ax.set_xlabel("Size of the unit: households or people (log scale)")

    blue, vermillion = colour["later account"], colour["claim at the time"]
    key = legend_handles({
        "Later account": blue,
        "Claim at the time": vermillion,
        "Derived by us": {"color": blue, "markerfacecolor": "white",
                          "markeredgewidth": 2},
        "Reading of a phrase": {"kind": "patch", "facecolor": "white",
                                "edgecolor": blue, "hatch": "////"},
        "Households": grey,
        "People": {"color": grey, "marker": "s"},
    })
    fig.legend(handles=key, loc="upper left", bbox_to_anchor=(0.01, 0.96),
               ncol=3, fontsize=10.5, handletextpad=0.4, columnspacing=1)
    finish(
        fig,
        "From co-op to commune: the jump in scale",
        "Sources: Spence 1990, pp. 518–19; People's Daily, 3 Sep 1958; "
        "Soled 1995, p. 62;\nseeds 002 and 004. Data: data/rural_units.csv",
        rect=(0, 0.05, 1, 0.94),
    )
    plt.show()
