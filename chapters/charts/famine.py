"""Charts for "How many died? The famine in numbers" (chapters/how-many-died.ipynb)."""
import matplotlib.pyplot as plt

from bookstyle import COLOURS, finish, grid_across, legend_handles, shade


def _famine_shade(ax, **style):
    """Grey the famine years, 1959–61 (1958.5 to 1961.5 on a year axis)."""
    return shade(ax, 1958.5, 1961.5, **style)


def grain_and_food_per_head(revised, older, per_head):
    """Grain output in both official series (top), grain per head (bottom).

    ``revised`` and ``older`` are rows of grain_output_series.csv (columns
    ``year`` and ``value``, million tonnes); ``per_head`` is the grain
    available to each person in the countryside, kilograms a year, indexed
    by year. The famine years are shaded.
    """
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(7, 7),
                                      height_ratios=[1.25, 1])
    for ax in (top, bottom):
        _famine_shade(ax, label="famine years, 1959–61")

    top.plot(revised["year"], revised["value"], marker="o",
             color=COLOURS["blue"], label="revised official series")
    top.plot(older["year"], older["value"], marker="s", linestyle="none",
             markersize=9, markerfacecolor="none", markeredgewidth=2,
             color=COLOURS["orange"],
             label="older official series (1961–62 not found)")
    top.set_title("Grain output, two official series")
    top.set_ylabel("million tonnes")
    top.set_ylim(0, 230)
    top.legend(loc="lower left", fontsize=11)

    bars = bottom.bar(per_head.index, per_head.values,
                      color=COLOURS["blue"], width=0.6)
    bottom.bar_label(bars, fmt="%.0f", fontsize=12)
    bottom.set_title("Grain per person in the countryside")
    bottom.set_ylabel("kilograms per year")
    bottom.set_xlabel("year")
    bottom.set_ylim(0, 240)
    bottom.text(1952, 120, "Spence gives this\nmeasure only\nfor 1957–61",
                fontsize=11, color="#444444")
    bottom.set_xlim(1951.5, 1966.5)
    top.set_xlim(1951.5, 1966.5)

    finish(fig, "Less grain, and less of it left in the villages",
           "Sources: older series, Zhou 2009; revised series, a 2015 web "
           "table;\nper head, Spence 1990, pp. 522–3. Data: "
           "data/grain_output_series.csv, data/economic_series.csv")
    plt.show()


def births_deaths_and_population(record):
    """Registered population, birth rate and death rate, one panel each.

    ``record`` is indexed by year and holds ``population`` (millions, year
    end), ``births`` and ``deaths`` (registered rates per 1,000) and
    ``births, Banister`` and ``deaths, Banister`` (her adjusted rates, drawn
    dashed because they are not official). The famine years are shaded.
    """
    fig, axes = plt.subplots(3, 1, figsize=(7, 8.8), sharex=True,
                             height_ratios=[0.8, 1, 1])
    for ax in axes:
        _famine_shade(ax)

    axes[0].plot(record.index, record["population"], marker="o",
                 color=COLOURS["black"])
    axes[0].set_title("Registered population at the end of each year")
    axes[0].set_ylabel("million people")

    panels = [(axes[1], "births", "Birth rate", COLOURS["green"]),
              (axes[2], "deaths", "Death rate", COLOURS["blue"])]
    for ax, column, title, colour in panels:
        ax.plot(record.index, record[column], marker="o", color=colour,
                label="official, registered")
        ax.plot(record.index, record[f"{column}, Banister"], linestyle="--",
                color=colour, alpha=0.8,
                label="Banister's estimate (not official)")
        ax.set_title(title)
        ax.set_ylabel("per 1,000 people")
        ax.set_ylim(0, 55)
    axes[1].legend(loc="lower left", fontsize=11)
    axes[2].legend(loc="upper right", fontsize=11)
    axes[2].text(1960, 2, "famine\n1959–61", ha="center", fontsize=11,
                 color=COLOURS["grey"])
    axes[2].set_xlabel("year")
    axes[2].set_xticks(range(1954, 1967, 2))

    first, last = record.index.min(), record.index.max()
    finish(fig, f"Births, deaths and population, {first}–{str(last)[2:]}",
           "Sources: NBS, China Statistical Yearbook 1999 (web "
           "transcription);\nBanister 1984 (adjusted, not official). "
           "Data: data/vital_statistics.csv")
    plt.show()


def deaths_and_births_lost(yearly, baseline):
    """Paired bars, year by year: excess deaths and births lost, in millions.

    ``yearly`` is indexed by year with columns ``excess deaths`` and
    ``births lost`` (negative births lost are births above the baseline);
    ``baseline`` is the list of years whose rates they are measured against,
    named in the title. The famine years are shaded.
    """
    fig, ax = plt.subplots(figsize=(7, 5))
    _famine_shade(ax)
    width = 0.38
    years = yearly.index.to_numpy()
    ax.bar(years - width / 2, yearly["excess deaths"], width,
           color=COLOURS["blue"], label="excess deaths")
    ax.bar(years + width / 2, yearly["births lost"], width,
           color=COLOURS["green"],
           label="births lost (below zero: births made up)")
    ax.axhline(0, color="#444444", linewidth=0.8)
    ax.set_xticks(years)
    ax.set_xlabel("year")
    ax.set_ylabel("millions")
    ax.legend(loc="lower left", fontsize=11)
    ax.text(1960, 10.4, "famine years", ha="center", fontsize=11,
            color="#444444")
    ax.set_ylim(-8.5, 11.5)

    first, last = min(baseline), max(baseline)
    rates = f"{first}–{str(last)[2:]}" if last > first else f"{first}"
    finish(fig, f"Deaths above, and births below, the {rates} rates",
           "Computed from registered rates, NBS, China Statistical Yearbook "
           "1999.\nData: data/vital_statistics.csv")
    plt.show()


def _famine_labelled_bars(ax, values, title):
    """Horizontal bars of excess deaths, one per label, the default in blue."""
    colours = [COLOURS["blue"] if "default" in label else COLOURS["grey"]
               for label in values.index]
    ax.barh(values.index[::-1], values[::-1], color=colours[::-1])
    ax.set_title(title)


def totals_under_assumptions(by_baseline, by_period, by_share, missed_1957):
    """Excess deaths under one changed assumption at a time, in three panels.

    ``by_baseline`` and ``by_period`` are millions indexed by a label (the
    label holding "default" is drawn in blue); ``by_share`` is millions
    indexed by the share of deaths never registered (0 to 1).
    ``missed_1957`` (per cent) is marked on the bottom panel.
    """
    fig, axes = plt.subplots(3, 1, figsize=(7, 9.2),
                             height_ratios=[1.3, 1, 1.1])
    _famine_labelled_bars(axes[0], by_baseline, "Which years were normal?")
    _famine_labelled_bars(axes[1], by_period, "Which years are counted?")
    for ax, values in [(axes[0], by_baseline), (axes[1], by_period)]:
        for y, value in enumerate(values[::-1]):
            ax.text(value + 0.3, y, f"{value:.1f}", va="center", fontsize=12)
        ax.set_xlim(0, 32)
        ax.set_xlabel("excess deaths, millions")
        grid_across(ax)

    ax = axes[2]
    ax.plot(by_share.index * 100, by_share, marker="o", color=COLOURS["blue"])
    ax.axvline(missed_1957, color=COLOURS["grey"], linestyle=":")
    ax.text(missed_1957 - 1, 4, "share missed in 1957,\nBanister's estimate",
            ha="right", fontsize=11, color="#444444")
    ax.set_title("Deaths never registered")
    ax.set_xlabel("share of all deaths never registered, per cent")
    ax.set_ylabel("excess deaths,\nmillions")
    ax.set_ylim(0, 32)

    finish(fig, "One famine, many totals: the registered data\n"
                "under different assumptions",
           "Computed with chapters/famine_estimator.py from NBS, China "
           "Statistical\nYearbook 1999, and Banister 1984. Data: "
           "data/vital_statistics.csv")
    plt.show()


def _famine_estimate_rows(ax, rows, colour, registered):
    """One row per estimate, lowest figure at the bottom: a dot ("about"),
    a triangle ("at least") or a bar (a range); contested ones hollow."""
    rows = rows.sort_values("figure")
    for y, row in enumerate(rows.itertuples()):
        if row.qualifier == "range":
            ends = [row.low_millions, row.high_millions]
            ax.plot(ends, [y, y], color=colour(row), linewidth=3,
                    solid_capstyle="butt")
            ax.plot(ends, [y, y], "|", color=colour(row), markersize=12,
                    markeredgewidth=2)
        else:
            marker = ">" if row.qualifier == "at least" else "o"
            ax.plot(row.estimate_millions, y, marker, color=colour(row),
                    markersize=9, markeredgewidth=2,
                    markerfacecolor="white" if row.contested else colour(row))
    span = rows["period"].str.extract(r"^(\d{4}(?:–\d{2})?)")[0]
    labels = rows["label"] + (", " + span).fillna("")
    ax.set_yticks(range(len(rows)), labels, fontsize=10)
    ax.axvline(registered, color=COLOURS["grey"], linestyle=":")
    ax.set_xlim(0, 62)
    grid_across(ax)


def estimates_by_author(published, seeds, registered):
    """Death-toll estimates by author (top) and what each seed says (bottom).

    ``published`` and ``seeds`` are rows of excess_death_estimates.csv with
    a ``figure`` column added (the point estimate, or the middle of a range)
    to order them. ``registered`` (millions) is drawn as a dotted line: the
    registers' own excess deaths. Contested estimates are orange and hollow;
    seeds are purple.
    """
    fig, (top, bottom) = plt.subplots(
        2, 1, figsize=(7, 10.4), sharex=True,
        height_ratios=[len(published), len(seeds) + 1])
    _famine_estimate_rows(
        top, published, registered=registered,
        colour=lambda row: COLOURS["orange" if row.contested else "blue"])
    _famine_estimate_rows(bottom, seeds, registered=registered,
                          colour=lambda row: COLOURS["purple"])

    top.set_title("Published estimates")
    top.text(registered + 0.6, 0.3, "registers,\nuncorrected", fontsize=10,
             color="#444444")
    bottom.set_title("What the seed documents say")
    bottom.set_xlabel("excess deaths, millions")

    # A key to the markers, drawn once.
    grey = "#444444"
    key = legend_handles({
        "about": {"color": grey, "markersize": 6},
        "at least": {"color": grey, "marker": ">", "markersize": 6},
        "range": {"kind": "line", "color": grey, "marker": "|",
                  "linewidth": 3, "markersize": 10},
        "contested": {"color": COLOURS["orange"], "markerfacecolor": "white",
                      "markersize": 6},
    })
    top.legend(handles=key, loc="lower right", fontsize=10)

    finish(fig, "How many died? Estimates by author",
           "Sources: each row's publication (see the bibliography); seeds "
           "000–004.\nData: data/excess_death_estimates.csv")
    plt.show()
