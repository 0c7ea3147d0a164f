"""Charts for "Lushan, 1959" (chapters/lushan-1959.ipynb)."""
import matplotlib.pyplot as plt
import pandas as pd

from bookstyle import COLOURS, finish, grid_across, legend_handles


def year_of_lushan(series, rural, lushan_x, lushan_words):
    """The year of Lushan: the state's grain take and net exports in 1958
    and 1959 (two bar panels), and the grain left per person in the
    countryside year by year (a line below), with the Lushan meeting marked.
    All are later estimates from official statistics, so all are blue.

    ``series`` holds economic_series.csv's ``value`` indexed by (series,
    year); ``rural`` holds the ``year`` and ``value`` rows of
    rural_grain_per_head; ``lushan_x`` is the meeting's date as a fractional
    year and ``lushan_words`` the date as the source writes it.
    """
    blue, grey = COLOURS["blue"], COLOURS["grey"]

    fig = plt.figure(figsize=(7, 7.4))
    grid = fig.add_gridspec(2, 2, height_ratios=[1, 1.1])
    ax_share = fig.add_subplot(grid[0, 0])
    ax_exports = fig.add_subplot(grid[0, 1])
    ax_rural = fig.add_subplot(grid[1, :])

    panels = [
        (ax_share, "procurement_share_of_output", "State procurement",
         "per cent of grain output", "{:.1f}%"),
        (ax_exports, "net_exports", "Net grain exports",
         "million tonnes", "{:.1f}"),
    ]
    for ax, name, title, unit, label in panels:
        values = [series[(name, year)] for year in (1958, 1959)]
        ax.bar(["1958", "1959"], values, color=blue, width=0.6)
        for x, value in enumerate(values):
            ax.text(x, value, label.format(value), ha="center", va="bottom",
                    fontsize=12)
        ax.set_ylim(0, max(values) * 1.25)
        ax.set_title(title, loc="left", fontsize=13)
        ax.set_ylabel(unit, fontsize=11)
        ax.set_xlabel("year", fontsize=11)

    ax_rural.plot(rural["year"], rural["value"], color=blue, marker="o")
    for year, value in zip(rural["year"], rural["value"]):
        ax_rural.text(year, value + 4, f"{value:g}", ha="center", fontsize=12)
    ax_rural.axvline(lushan_x, color=grey, linestyle="--")
    ax_rural.text(lushan_x + 0.05, 207, f"Lushan meeting\n({lushan_words})",
                  color=grey, fontsize=11)
    ax_rural.set_xticks(rural["year"])
    ax_rural.set_ylim(140, 220)
    ax_rural.set_title("Grain available per person in the countryside",
                       loc="left", fontsize=13)
    ax_rural.set_ylabel("kg per person per year", fontsize=11)
    ax_rural.set_xlabel("year", fontsize=11)

    finish(
        fig,
        "The year of Lushan: more grain taken and sold, less left",
        "Sources: Lin & Yang 2000 (procurement, net exports); Spence 1990, "
        "pp. 522–3, in seed 000\n(grain per head); Lushan's month: seed 002. "
        "Data: data/economic_series.csv, data/lushan_1959_dates.csv",
    )
    plt.show()


# The two events on the dates chart, top to bottom: their panel titles and
# colours (the resignation is the disputed date, so it is vermillion).
_lushan_EVENT_TITLE = {
    "mao leaves state chairmanship":
        "When did Mao give up the state chairmanship?",
    "lushan meeting": "When was the Lushan meeting?",
}
_lushan_EVENT_COLOUR = {
    "mao leaves state chairmanship": COLOURS["vermillion"],
    "lushan meeting": COLOURS["grey"],
}


def _lushan_date_bar(ax, y, row, colour):
    """One document's date: a month is a short solid bar, a bare year a long
    pale bar, and a date only implied (by tying the event to Lushan) is
    hatched; the document's own words are written beside the bar."""
    has_month = pd.notna(row.month)
    start = (row.year - 1958) * 12 + (row.month - 1 if has_month else 0)
    width = 1 if has_month else 12
    if row.date_basis == "implied":
        ax.barh(y, width, left=start, color="white",
                edgecolor=colour, hatch="////", linewidth=1.5)
    else:
        ax.barh(y, width, left=start, color=colour,
                alpha=1 if has_month else 0.35)
    words = f"“{row.date_as_written}”"
    if start + width > 24:  # no room on the right: write it on the left
        ax.text(start - 0.4, y, words, ha="right", va="center", fontsize=11)
    else:
        ax.text(start + width + 0.4, y, words, va="center", fontsize=11)


def dates_by_document(dates):
    """Three documents, three dates for one resignation: one panel per event
    (Mao's step-down, the Lushan meeting), one row per date a document gives,
    on a time axis from January 1958 to January 1961.

    ``dates`` holds the rows of lushan_1959_dates.csv, with ``event``,
    ``document_kind``, ``date_as_written``, ``year``, ``month`` (empty for a
    bare year) and ``date_basis`` ("implied" for a date borrowed from
    Lushan).
    """
    events = list(_lushan_EVENT_TITLE)
    rows_per_event = dates["event"].value_counts()[events]

    fig, axes = plt.subplots(2, 1, figsize=(7, 5.6), sharex=True,
                             height_ratios=rows_per_event.to_list())
    for ax, event in zip(axes, events):
        rows = dates[dates["event"] == event].iloc[::-1]
        for y, row in enumerate(rows.itertuples()):
            _lushan_date_bar(ax, y, row, _lushan_EVENT_COLOUR[event])
        labels = rows["document_kind"].str.capitalize()
        ax.set_yticks(range(len(rows)), labels, fontsize=11)
        ax.set_ylim(-0.6, len(rows) - 0.4)
        ax.set_title(_lushan_EVENT_TITLE[event], loc="left", fontsize=13)
        grid_across(ax)

    # Months are counted from the start of January 1958 (0) to the start of
    # January 1961 (36); label every sixth month.
    ticks = [0, 6, 12, 18, 24, 30, 36]
    tick_labels = ["Jan 1958", "Jul 1958", "Jan 1959", "Jul 1959",
                   "Jan 1960", "Jul 1960", "Jan 1961"]
    axes[-1].set_xticks(ticks, tick_labels, fontsize=11)
    axes[-1].set_xlim(0, 36)
    axes[-1].set_xlabel("date (month and year)", fontsize=11)

    vermillion = COLOURS["vermillion"]
    key = legend_handles({
        "month given": vermillion,
        "year only": {"color": vermillion, "alpha": 0.35},
        "no date: tied to Lushan": {"facecolor": "white",
                                    "edgecolor": vermillion,
                                    "hatch": "////"},
    }, kind="patch")
    finish(
        fig,
        "Three documents, three dates for one resignation",
        "Sources: seed 001 (encyclopedia summary), seed 002 (student paper), "
        "seed 003 (student slides),\nseed 004 (partisan essay). "
        "Data: data/lushan_1959_dates.csv",
        rect=(0, 0.13, 1, 1),
    )
    fig.legend(handles=key, loc="lower center", ncol=3, fontsize=11,
               bbox_to_anchor=(0.5, 0.065), frameon=False)
    plt.show()
