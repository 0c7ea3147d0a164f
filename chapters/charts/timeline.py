"""Charts for "A timeline of the Great Leap Forward" (chapters/timeline.ipynb)."""
import matplotlib.pyplot as plt
import pandas as pd

from bookstyle import COLOURS, finish, grid_across, legend_handles, shade

# The pale grey of the Leap's years on the timeline's charts and legends.
_TIMELINE_LEAP_GREY = "#ececec"
_TIMELINE_KEY_GREY = "#555555"   # legend keys that stand for any colour

# The seed document each date was read in: its marker, its name in the
# legend, and the short name written beside a disputed date.
_TIMELINE_DOCUMENT_MARKERS = {
    "seed000": ("o", "Seed 000: Spence, documents", "Spence"),
    "seed001": ("s", "Seed 001: encyclopedia summary", "encyclopedia"),
    "seed002": ("^", "Seed 002: student paper", "student paper"),
    "seed003": ("D", "Seed 003: student slides", "slides"),
    "seed004": ("v", "Seed 004: partisan essay", "essay"),
    "none": ("*", "Britannica (not a seed)", "Britannica"),
}


def _timeline_span(ax, start, end, y, colour, width):
    """A pale bar along row ``y`` from year ``start`` to year ``end``."""
    ax.plot([start, end], [y, y], color=colour, linewidth=width, alpha=0.35,
            solid_capstyle="butt", zorder=1)


def _timeline_time_axis(ax, span, ticks, xlabel, legend, *, legend_at,
                        ncol, fontsize, xlabel_size=None):
    """The frame the timeline's charts share: years along the bottom, vertical
    gridlines only, and a legend centred at ``legend_at`` below the axes.

    ``span`` is the (left, right) edge of the axis in years, ``ticks`` the
    years to number, ``legend`` the handles (see bookstyle.legend_handles).
    """
    ax.set_xlim(*span)
    ax.set_xticks(ticks)
    ax.set_xlabel(xlabel, fontsize=xlabel_size)
    grid_across(ax)
    ax.legend(handles=legend, loc="upper center", bbox_to_anchor=legend_at,
              ncol=ncol, fontsize=fontsize)


def events_by_theme(shown, themes, years, leap_years, colours):
    """The overview: one row per theme, its events along a time axis.

    A dot is a dated event, a pale bar a span of years, and hollow dots joined
    by a dashed line the dates that different sources give for one event; key
    events are named. The Leap's years are shaded.

    ``shown`` holds the timeline's rows to draw (columns theme, year,
    end_year, position, disputed, claim_group, key_event, label); ``themes``
    lists the rows top to bottom; ``years`` and ``leap_years`` are (first,
    last) years; ``colours`` maps each theme to its colour.
    """
    first, last = years
    first_leap, last_leap = leap_years
    # Labels are placed row by row, left to right, in the first free slot
    # above or below the row. A label's width (in years) is estimated from
    # its length.
    years_per_character = (last + 1 - first) / 75
    slots = [0.22, -0.22, 0.5, -0.5]

    fig, ax = plt.subplots(figsize=(7, 6.6))
    shade(ax, first_leap, last_leap + 1, color=_TIMELINE_LEAP_GREY, alpha=1)
    for row, theme in enumerate(themes):
        y = len(themes) - 1 - row
        colour = colours[theme]
        in_theme = shown[shown["theme"] == theme]
        ax.text(first + 0.1, y + 0.42, theme.capitalize(), fontsize=12,
                fontweight="bold", va="center")

        spans = in_theme[in_theme["end_year"].notna()]
        for _, event in spans.iterrows():
            end = min(event["end_year"] + 1, last + 1)
            _timeline_span(ax, event["year"], end, y, colour, width=8)

        single = in_theme[~in_theme["disputed"]]
        ax.plot(single["position"], [y] * len(single), marker="o",
                linestyle="", markersize=7, color=colour, zorder=3)
        disputed = in_theme[in_theme["disputed"]]
        for _, claims in disputed.groupby("claim_group"):
            ax.plot(claims["position"], [y] * len(claims), marker="o",
                    linestyle="--", markersize=7, color=colour,
                    markerfacecolor="white", markeredgewidth=1.5, zorder=3)

        slot_ends = {slot: first - 10 for slot in slots}
        key_events = in_theme[in_theme["key_event"]].sort_values("position")
        for _, event in key_events.iterrows():
            width = len(event["label"]) * years_per_character
            if pd.notna(event["end_year"]):
                left = event["year"]
            else:
                left = event["position"] - width / 2
            left = max(first + 0.05, min(left, last + 0.95 - width))
            slot = next(s for s in slots if left > slot_ends[s] + 0.2)
            slot_ends[slot] = left + width
            ax.text(left, y + slot, event["label"], fontsize=11, va="center")

    ax.set_yticks([])
    ax.set_ylim(-0.75, len(themes) - 0.3)
    ax.spines["left"].set_visible(False)
    grey = _TIMELINE_KEY_GREY
    legend = legend_handles({
        "Dated event": {"color": grey, "markersize": 7},
        "One event, dates disputed": {"color": grey, "markersize": 7,
                                      "linestyle": "--",
                                      "markerfacecolor": "white"},
        "Span of years": {"kind": "line", "color": grey, "linewidth": 8,
                          "alpha": 0.35},
        f"The Leap, {first_leap}–{last_leap}": {
            "kind": "line", "color": _TIMELINE_LEAP_GREY, "linewidth": 8},
    })
    _timeline_time_axis(ax, (first, last + 1), range(first, last + 2, 2),
                        "Year", legend, legend_at=(0.5, -0.13), ncol=2,
                        fontsize=11)
    finish(fig, f"China, {first}–{last}: dated events by theme",
           "Sources: seed documents 000–004 and the works they cite; "
           "Britannica.\nData: data/timeline.csv")
    plt.show()


def who_dates_what(close_up, years, leap_years, colours):
    """The close-up: one row per dated claim, with the Leap's years shaded.

    The marker's shape is the seed document in which the date was read;
    filled means one date; hollow, joined by a dashed line and named, the
    different dates that sources give for one happening.

    ``close_up`` holds the rows to draw, with the timeline's columns plus
    ``happening`` (the event a claim dates) and ``row`` (its row, from the
    top); ``years`` and ``leap_years`` are (first, last) years; ``colours``
    maps each theme to its colour.
    """
    start, end = years
    first_leap, last_leap = leap_years
    fig, ax = plt.subplots(figsize=(7, 11.6))
    shade(ax, first_leap, last_leap + 1, color=_TIMELINE_LEAP_GREY, alpha=1)
    for _, claims in close_up.groupby("happening"):
        colour = colours[claims["theme"].iloc[0]]
        spans = claims[claims["end_year"].notna()]
        for _, event in spans.iterrows():
            span_end = min(event["end_year"], end) + 1
            _timeline_span(ax, event["year"], span_end, event["row"], colour,
                           width=7)
        if len(claims) > 1:
            ax.plot(claims["position"], claims["row"], linestyle="--",
                    color=colour, linewidth=1.5, zorder=2)
        for _, claim in claims.iterrows():
            document = claim["via"] if pd.notna(claim["via"]) else "none"
            marker, _, short_name = _TIMELINE_DOCUMENT_MARKERS[document]
            face = "white" if claim["disputed"] else colour
            ax.plot(claim["position"], claim["row"], marker=marker,
                    markersize=11 if marker == "*" else 8, color=colour,
                    markerfacecolor=face, markeredgewidth=1.5, zorder=3)
            if claim["disputed"]:
                ax.text(claim["position"] + 0.15, claim["row"], short_name,
                        fontsize=10, va="center", color="#333333")

    first_rows = close_up.drop_duplicates("happening")
    ax.set_yticks(first_rows["row"], first_rows["label"])
    ax.tick_params(axis="y", labelsize=11)
    ax.set_ylim(len(close_up), -1)
    legend = legend_handles({
        name: {"marker": marker, "color": _TIMELINE_KEY_GREY,
               "markerfacecolor": "white", "markersize": 8}
        for marker, name, _ in _TIMELINE_DOCUMENT_MARKERS.values()
    })
    step = 1 if end - start < 8 else 2
    _timeline_time_axis(
        ax, (start, end + 1), range(start, end + 2, step),
        "Year (a date given only as a year is drawn mid-year)", legend,
        legend_at=(0.3, -0.05), ncol=2, fontsize=10, xlabel_size=11)
    finish(fig, f"The Leap up close, {start}–{end}: who dates what",
           "Filled: one date. Hollow, joined by a dashed line: sources "
           "disagree.\nSources: seed documents 000–004; Britannica. "
           "Data: data/timeline.csv",
           rect=(0, 0.03, 1, 1))
    plt.show()


def leap_datings(periods):
    """When each seed document starts and ends the Leap (blue) and the famine
    (grey): one bar per dating, covering whole calendar years; a hatched last
    year is our inference, not a year the document states.

    ``periods`` holds one row per dating (columns period, document,
    start_year, end_year, end_as_stated), drawn top to bottom.
    """
    period_colour = {"Great Leap Forward": COLOURS["blue"],
                     "famine": COLOURS["grey"]}
    fig, ax = plt.subplots(figsize=(7, 5.2))
    for y, (_, dating) in enumerate(periods.iterrows()):
        colour = period_colour[dating["period"]]
        stated_end = dating["end_year"]
        if not dating["end_as_stated"]:
            stated_end = stated_end - 1
            ax.barh(y, 1, left=dating["end_year"], height=0.6, color="white",
                    edgecolor=colour, hatch="///")
        ax.barh(y, stated_end + 1 - dating["start_year"],
                left=dating["start_year"], height=0.6, color=colour)
        ax.text(dating["end_year"] + 1.1, y,
                f"{dating['start_year']}–{dating['end_year']}",
                va="center", fontsize=11)

    # The documents' names, without the part in brackets.
    names = periods["document"].str.replace(r" \(.*\)", "", regex=True)
    ax.set_yticks(range(len(periods)), names)
    ax.invert_yaxis()
    legend = legend_handles({
        "The Leap": period_colour["Great Leap Forward"],
        "The famine": period_colour["famine"],
        "End year inferred": {"facecolor": "white",
                              "edgecolor": _TIMELINE_KEY_GREY,
                              "hatch": "///"},
    }, kind="patch")
    _timeline_time_axis(ax, (1957, 1966), range(1958, 1966, 2),
                        "Year (bars cover whole calendar years)", legend,
                        legend_at=(0.3, -0.17), ncol=3, fontsize=11)
    finish(fig, "When did the Leap, and the famine, begin and end?",
           "Sources: seed documents 000–004; Spence 1990; Soled 1995 "
           "(via seed 002).\nData: data/leap_periods.csv")
    plt.show()
