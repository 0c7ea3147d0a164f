"""Charts for "The Sino-Soviet split" (chapters/sino-soviet-split.ipynb)."""
import matplotlib.pyplot as plt

from bookstyle import COLOURS, finish, grid_across, legend_handles

# Colours keep one meaning: a Chinese Party or state account vermillion, a
# historian's book blue.
_SOVIET_ACCOUNT_COLOURS = {
    "PRC official account": COLOURS["vermillion"],
    "historian": COLOURS["blue"],
}
_SOVIET_ACCOUNT_NAMES = {
    "PRC official account": "Chinese Party or state account",
    "historian": "Historian’s book",
}
# The sources, top to bottom, by their citation key.
_SOVIET_SOURCES = {
    "spence1990search": "Spence (1990)",
    "peoplesdaily2010soviet": "People’s Daily Online",
    "zhang2000nianpu": "Zhang Wentian Chronicle",
}


def _soviet_bars_by_source(ax, rows, title, unit):
    """One panel: a bar for each source's figure for one measure, a gap (said
    in words) where a source gives none, and hatching on a figure that
    differs from the other sources'."""
    rows = rows.set_index("source")
    usual = rows["value"].mode()[0]
    labels = list(_SOVIET_SOURCES.values())[::-1]
    for y, key in enumerate(list(_SOVIET_SOURCES)[::-1]):
        if key not in rows.index:
            ax.text(0, y, " no figure in this source", va="center",
                    fontsize=11, color=COLOURS["grey"])
            continue
        row = rows.loc[key]
        hatch = "///" if row["value"] != usual else None
        colour = _SOVIET_ACCOUNT_COLOURS[row["account"]]
        ax.barh(y, row["value"], color=colour, hatch=hatch, edgecolor="white")
        ax.text(row["value"], y, f" {row['value']:,}", va="center",
                fontsize=12, fontweight="bold" if hatch else "normal")
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(-0.6, len(labels) - 0.4)
    ax.set_xlim(0, rows["value"].max() * 1.22)
    ax.set_title(title, fontsize=13)
    ax.set_xlabel(unit, fontsize=11, loc="right")


def withdrawal_in_numbers(withdrawal, panels, done, building):
    """The Soviet withdrawal of 1960 in numbers: one panel for each measure,
    one bar for each source, coloured by the kind of account; then the
    Soviet-aided projects in mid-1960 as one stacked bar.

    ``withdrawal`` holds the figures (columns measure, source, value,
    account); ``panels`` maps each measure to (panel title, unit), top to
    bottom; ``done`` and ``building`` are the numbers of Soviet-aided
    projects completed and still being built.
    """
    fig, axes = plt.subplots(len(panels) + 1, 1, figsize=(7, 10),
                             height_ratios=[3] * len(panels) + [1.3])
    for ax, (measure, (title, unit)) in zip(axes, panels.items()):
        rows = withdrawal[withdrawal["measure"] == measure]
        _soviet_bars_by_source(ax, rows, title, unit)

    ax = axes[-1]
    ax.barh(0, done, color=COLOURS["green"])
    ax.barh(0, building, left=done, color=COLOURS["orange"])
    ax.text(done / 2, 0, f"{done} completed", ha="center", va="center",
            fontsize=11, color="white", fontweight="bold")
    ax.text(done + building / 2, 0, f"{building} still being built",
            ha="center", va="center", fontsize=11)
    ax.set_yticks([0], ["People’s Daily Online"])
    ax.set_xlim(0, (done + building) * 1.12)
    ax.set_title(f"The {done + building} Soviet-aided projects, mid-1960",
                 fontsize=13)
    ax.set_xlabel("projects", fontsize=11, loc="right")
    for ax in axes:
        grid_across(ax)

    # A legend for the two colours, in a row under the title.
    key = {_SOVIET_ACCOUNT_NAMES[account]: colour
           for account, colour in _SOVIET_ACCOUNT_COLOURS.items()}
    fig.legend(handles=legend_handles(key, kind="patch"), loc="upper left",
               bbox_to_anchor=(0.01, 0.962), ncol=2, fontsize=11,
               handlelength=1.2)
    finish(fig, "The Soviet withdrawal of 1960 in numbers",
           "Sources: Spence 1990, p. 528 (excerpted in seed 000); "
           "People’s Daily Online,\n“This day in history” (repost 2010); "
           "Zhang Wentian Chronicle (2000).\nData: "
           "data/soviet_withdrawal_1960.csv. Hatched bar: counts contract "
           "supplements too.",
           rect=(0, 0.06, 1, 0.95))
    plt.show()
