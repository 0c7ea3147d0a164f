"""Charts for "Before the Leap, 1949–1957" (chapters/before-the-leap.ipynb)."""
import matplotlib.pyplot as plt

from bookstyle import COLOURS, finish, grid_across


def _before_bar_labels(ax, values):
    """Write each bar's value, in per cent, at its end."""
    for y, v in enumerate(values):
        text = f" {v:.0f}%" if v == round(v) else f" {v:.1f}%"
        ax.text(v, y, text, va="center", fontsize=12)


def growth_before_the_leap(plan, year_1957, population_growth):
    """Fast industry, slow farms: two panels of growth rates, in per cent.

    Top: average growth a year under the First Five-Year Plan (1953–57), one
    bar per row of ``plan`` (columns ``label``, ``growth``), with a dashed
    line at ``population_growth``, the official population's yearly growth
    over 1952–57. Bottom: growth in 1957, one bar per row of ``year_1957``
    (columns ``label``, ``growth``, ``official``: True for official
    statistics). Colours keep the book's meaning: historians' figures blue,
    official statistics green.
    """
    blue, green = COLOURS["blue"], COLOURS["green"]
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(7, 6.6),
                                      height_ratios=[3, 4])

    top.barh(plan["label"], plan["growth"], color=blue)
    _before_bar_labels(top, plan["growth"])
    top.axvline(population_growth, color=green, linestyle="--",
                label="Population, 1952–57 (official)")
    top.legend(loc="lower right", fontsize=10)
    top.set_xlim(0, 17)
    top.set_title("First Five-Year Plan: average growth a year, 1953–57",
                  fontsize=13)

    colours = year_1957["official"].map({True: green, False: blue})
    bottom.barh(year_1957["label"], year_1957["growth"], color=colours)
    _before_bar_labels(bottom, year_1957["growth"])
    bottom.set_xlim(0, 3.6)
    bottom.set_title("Growth in 1957: grain against people", fontsize=13)

    for ax in (top, bottom):
        ax.set_xlabel("per cent a year", fontsize=11, loc="right")
        grid_across(ax)

    finish(
        fig,
        "Fast industry, slow farms: growth before the Leap",
        "Sources: Soled 1995, p. 59 (cited in seed 002, a student paper); "
        "Spence 1990, pp. 514–5;\nNational Bureau of Statistics 1999 "
        "(population). Data: data/china_1949_1957.csv",
    )
    plt.show()
