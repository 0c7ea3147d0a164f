"""The book's shared figure style, in one small place.

Every chapter's hidden set-up cell runs ``bookstyle.use()``. Chart cells then
use plain matplotlib and end with ``bookstyle.source_line(fig, "...")``, so
that every chart carries its source on the image itself.
"""

from pathlib import Path

import matplotlib.pyplot as plt

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


def source_line(fig, text):
    """Write a source line along the bottom of the figure, in small grey type.

    Call it after ``fig.tight_layout(rect=(0, 0.05, 1, 1))``, which leaves room.
    """
    fig.text(0.01, 0.005, text, ha="left", va="bottom", fontsize=10, color="#444444")
