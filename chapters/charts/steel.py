"""Charts for "Steel and backyard furnaces" (chapters/steel-and-backyard-furnaces.ipynb)."""
import matplotlib.pyplot as plt
from matplotlib.ticker import StrMethodFormatter

from bookstyle import COLOURS, finish, grid_across, legend_handles, shade

# Short names for the sources of the furnace counts, by citation key.
_steel_SHORT_SOURCE = {
    "cheng1999documentary": "Shaoyang report, 1958",
    "seed001": "encyclopedia summary, no source",
    "lawrance1998china": "Lawrance, via student paper",
    "spence1990search": "Spence",
}


def furnace_counts(built):
    """How many backyard furnaces? One bar per count, labelled with its
    place, date and source, with the full count written at the bar's end.

    ``built`` holds the "furnaces built" rows of backyard_furnaces.csv, in
    the order to draw them (bottom up), with ``place``, ``date``, ``value``,
    ``source`` and ``figure_kind`` ("reported at the time" is vermillion,
    "later account" blue).
    """
    colour = {
        "reported at the time": COLOURS["vermillion"],
        "later account": COLOURS["blue"],
    }
    where = built["place"].where(built["place"] == "China", "Shaoyang region")
    when = built["date"].replace("not stated", "no date")
    labels = (where + ", " + when + "\n("
              + built["source"].map(_steel_SHORT_SOURCE) + ")")

    # Bars in thousands of furnaces, so that the axis stays readable;
    # the label at the end of each bar gives the full count.
    thousands = built["value"] / 1000

    fig, ax = plt.subplots(figsize=(7, 4.6))
    ax.barh(labels, thousands, color=built["figure_kind"].map(colour))
    for y, count in enumerate(built["value"]):
        ax.text(count / 1000, y, f" {count:,.0f}", va="center", fontsize=12)

    ax.set_xlim(0, thousands.max() * 1.35)
    ax.xaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    ax.set_xlabel("number of furnaces, thousands")
    grid_across(ax)
    key = legend_handles({k.capitalize(): c for k, c in colour.items()},
                         kind="patch")
    ax.legend(handles=key, loc="lower right", fontsize=11)
    finish(
        fig,
        "How many backyard furnaces?",
        "Sources: Shaoyang report (Cheng et al. 1999, pp. 415–17) and "
        "Spence 1990,\npp. 519–20, via seed 000; Lawrance 1998, p. 58, "
        "via seed 002; seed 001. Data: data/backyard_furnaces.csv",
    )
    plt.show()


def _steel_label(ax, points, offset, **style):
    """Write each point's value beside it, ``offset`` points away."""
    for year, mt in zip(points["year"], points["value_mt"]):
        ax.annotate(f"{mt:g}", (year, mt), xytext=offset,
                    textcoords="offset points", fontsize=10, **style)


def _steel_longest_run(years):
    """The first and last year of the longest run of consecutive years."""
    runs, start, previous = [], None, None
    for year in sorted(years):
        if start is None or year != previous + 1:
            start = year
        runs.append((year - start, start, year))
        previous = year
    _, first, last = max(runs)
    return first, last


def steel_documented(official, claimed, targets, missing_years):
    """China's steel, 1949–65: official statistics, claims made at the time
    and targets, as markers only (a line would invent the missing years),
    with grey bands over the years that have no documented official figure.

    ``official``, ``claimed`` and ``targets`` each hold ``year`` and
    ``value_mt`` (million tonnes); ``missing_years`` lists the years to grey.
    """
    grey = COLOURS["grey"]
    fig, ax = plt.subplots(figsize=(7, 5.4))

    for year in missing_years:
        shade(ax, year - 0.5, year + 0.5, alpha=0.18, lw=0)

    ax.scatter(official["year"], official["value_mt"], s=60, zorder=3,
               color=COLOURS["blue"], label="Official statistic")
    # Claims are hollow squares, so that an official point under one shows.
    ax.scatter(claimed["year"], claimed["value_mt"], s=90, zorder=4,
               marker="s", facecolors="none", linewidths=2,
               edgecolors=COLOURS["vermillion"], label="Claimed at the time")
    ax.scatter(targets["year"], targets["value_mt"], s=500, zorder=3,
               marker="_", linewidths=3, color=COLOURS["orange"],
               label="Target")

    # Official figures are labelled to the left, claims and targets to the
    # right.
    _steel_label(ax, official, (-6, 7), ha="right")
    _steel_label(ax, claimed, (7, 2))
    _steel_label(ax, targets, (14, -10))

    first, last = _steel_longest_run(missing_years)
    gap = f"{first}–{str(last)[2:]}"
    ax.text(1961, 24, f"No documented\nofficial figure\n{gap}", ha="center",
            va="center", fontsize=11, color="#444444")
    ax.set_xlim(1947.6, 1965.6)
    ax.set_ylim(0, 33)
    ax.set_xticks(range(1949, 1966, 2))
    ax.set_xlabel("year")
    ax.set_ylabel("steel, million tonnes")

    gap = legend_handles({"No documented official figure":
                          {"color": grey, "alpha": 0.35}}, kind="patch")
    handles, _ = ax.get_legend_handles_labels()
    ax.legend(handles=handles + gap, loc="upper left", fontsize=11)
    finish(
        fig,
        "China's steel: what is documented, 1949–65",
        "Sources: Reuters 2016; State Statistical Bureau (1950, 1955, 1965); "
        "hprc.org.cn 2010; Bo Yibo 1993;\nMacFarquhar 1983, p. 327, and "
        "Lawrance 1998, p. 58, via seed 002. Data: data/steel_output.csv, "
        "output_1958.csv",
    )
    plt.show()
