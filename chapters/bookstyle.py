"""The chapter toolkit's base: the book's one figure style and the small pieces every chart shares.

Every chapter's hidden set-up cell runs ``bookstyle.use()``. Then:

- ``say(name=value, ...)`` publishes numbers for the prose, where
  ``{glue:text}`name:.1f``` prints them: each number is computed once, in code;
- a chart ends with ``finish(fig, title, source)``, which titles it, lays it out
  and writes its source along the bottom;
- ``shade(ax, start, end)`` greys a span of years, ``grid_across(ax)`` sets
  the gridlines of a horizontal chart, and ``legend_handles(...)`` makes a
  legend from a mapping of labels to colours or styles.

The drawing recipes of the charts live in the ``charts`` package beside this
file (one module a chapter), which builds on this module, never the other way
round.
"""

from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

STYLE_FILE = Path(__file__).with_name("glf.mplstyle")

# Okabe & Ito's colour-blind-safe palette, by name, for charts that give a
# colour a meaning (in every chapter, "claimed" is vermillion).
COLOURS = {
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "green": "#009E73",
    "purple": "#CC79A7",
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "black": "#000000",
    "grey": "#777777",
}


def use():
    """Load the book's matplotlib style for the rest of the notebook."""
    plt.style.use(STYLE_FILE)


def say(**numbers):
    """Publish numbers for the chapter's prose, each under its own name.

    ``say(deaths_1960=deaths, cdr_1960=cdr)`` lets the text write
    ``{glue:text}`deaths_1960:.1f``` instead of typing the figure by hand.
    Every value must be a number; anything else fails here, naming it.
    """
    from myst_nb import glue  # only needed when a chapter publishes numbers

    for name, value in numbers.items():
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise TypeError(f"say(): {name} must be a number, not {value!r}") from None
        glue(name, number, display=False)


def source_line(fig, text):
    """Write a source line along the bottom of the figure, in small grey type."""
    fig.text(0.01, 0.005, text, ha="left", va="bottom", fontsize=10, color="#444444")


def finish(fig, title, source, *, rect=(0, 0.05, 1, 1)):
    """Give a figure its title (top left), lay it out, and write its source line.

    ``rect`` is the part of the figure the axes may use, as (left, bottom,
    right, top) fractions: leave room at the bottom for the source line (and
    any legend placed below the axes), and at the top for a figure legend.
    Title size and weight come from glf.mplstyle.
    """
    fig.suptitle(title, x=0.02, ha="left")
    fig.tight_layout(rect=rect)
    source_line(fig, source)
    return fig


def grid_across(ax):
    """Gridlines for a horizontal chart: vertical lines at the values, none along the bars or rows."""
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)


def shade(ax, start, end, color=COLOURS["grey"], alpha=0.15, **style):
    """Grey the span of years from ``start`` to ``end`` behind the data (e.g. the famine years)."""
    return ax.axvspan(start, end, color=color, alpha=alpha, **{"zorder": 0, **style})


def legend_handles(entries, kind="marker"):
    """Legend handles from ``{label: colour}`` or ``{label: {style}}``.

    ``kind`` is the default look: "marker" (a dot), "line" or "patch" (a filled
    box). A style dictionary may set its own ``kind`` and any matplotlib
    property, for example ``{"Derived": {"color": blue, "markerfacecolor": "white"}}``.
    """
    handles = []
    for label, style in entries.items():
        style = dict(style) if isinstance(style, dict) else {"color": style}
        look = style.pop("kind", kind)
        if look == "patch":
            handles.append(Patch(label=label, **style))
        elif look == "line":
            handles.append(Line2D([], [], label=label, **{"linewidth": 2.5, **style}))
        elif look == "marker":
            handles.append(Line2D([], [], label=label, **{"marker": "o", "linestyle": "", "markersize": 10, **style}))
        else:
            raise ValueError(f"legend_handles(): unknown kind {look!r} for {label!r} (use marker, line or patch)")
    return handles
