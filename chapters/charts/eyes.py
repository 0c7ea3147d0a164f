"""Charts for "The Great Leap through various eyes" (chapters/through-various-eyes.ipynb)."""
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown

from bookstyle import COLOURS, finish, grid_across, legend_handles

# Each seed document's name on the chart, colour and marker shape, kept the
# same on every panel.
_EYES_DOCUMENT_STYLE = {
    "seed000": ("000 course page (Spence)", COLOURS["blue"], "o"),
    "seed001": ("001 encyclopedia", COLOURS["orange"], "s"),
    "seed002": ("002 student paper", COLOURS["green"], "D"),
    "seed003": ("003 student slides", COLOURS["purple"], "^"),
    "seed004": ("004 partisan essay", COLOURS["vermillion"], "v"),
}
# Each seed document's name in the table of what it says, in table order.
_EYES_DOCUMENT_NAMES = {
    "seed000": "Course page (Spence)", "seed001": "Encyclopedia",
    "seed002": "Student paper", "seed003": "Student slides",
    "seed004": "Partisan essay",
}
# The short words written beside each 1958 grain figure.
_EYES_GRAIN_KINDS = {"claimed at the time": "claimed",
                     "official revision": "revised",
                     "later estimate": "estimate"}
_EYES_NOTE_GREY = "#333333"


def _eyes_citation(row, role="cite:p"):
    """A MyST citation of a claim: the work it draws on (with pages) first,
    if it names one, then the seed document itself."""
    keys = row["document"]
    if row["source"] != row["document"]:
        pages = str(row["pages"]) if pd.notna(row["pages"]) else ""
        if pages:
            pages = ("{pp. " if "–" in pages else "{p. ") + pages + "}"
        keys = row["source"] + pages + ", " + keys
    return "{" + role + "}`" + keys + "`"


def what_each_document_says(headline, topics):
    """A Markdown table grouped by topic: for each topic, one row per document
    with its headline claims, each followed by its citation.

    ``headline`` holds the claims to show (columns topic, document, claim,
    source, pages); ``topics`` maps each topic to its heading, in order.
    Each seed document gets a row under each topic; one with nothing on the
    topic gets "— (nothing)". Returns the table for Jupyter to
    show (the web book renders the citations as links).
    """
    headline = headline.copy()
    headline["cell"] = (headline["claim"] + " "
                        + headline.apply(_eyes_citation, axis=1))
    # A narrow first column (the seed's number, kept on one line) keeps the
    # table readable on a phone; the document's name starts the second one.
    number = '<span style="white-space: nowrap">{}</span>'
    lines = ["| Seed | What each document says |", "|---|---|"]
    for topic, title in topics.items():
        lines.append(f"| | **{title}** |")
        for document, name in _EYES_DOCUMENT_NAMES.items():
            rows = headline[(headline["topic"] == topic)
                            & (headline["document"] == document)]
            said = "; ".join(rows["cell"]) if len(rows) else "— (nothing)"
            seed = number.format(document[-3:])
            lines.append(f"| {seed} | *{name}:* {said} |")
    return Markdown("\n".join(lines))


def _eyes_panel(ax, rows, topic, unit, gaps):
    """One panel of ``where_documents_disagree``: the documents' figures on
    one topic, one row per document, and a note where a document gives none."""
    documents = list(_EYES_DOCUMENT_STYLE)
    scale = 1000 if unit == "furnaces" else 1
    shown = [d for d in documents if d in set(rows["document"])
             or (topic, d) in gaps]
    right = rows["low"].max() / scale * 1.12   # counts start from zero
    arrow = 0.06 * right                       # length of a lower-bound arrow
    for y, document in enumerate(shown[::-1]):
        _, colour, marker = _EYES_DOCUMENT_STYLE[document]
        for _, row in rows[rows["document"] == document].iterrows():
            low = row["low"] / scale
            hollow = row["voice"] == "disputed"
            if pd.notna(row["high"]) and row["high"] > row["low"]:
                ax.plot([low, row["high"] / scale], [y, y], color=colour,
                        lw=3, alpha=0.5 if hollow else 1)
            if pd.isna(row["high"]):  # a lower bound: "over", "or more"
                ax.annotate("", xy=(low + arrow, y), xytext=(low, y),
                            arrowprops={"arrowstyle": "->", "color": colour,
                                        "lw": 2})
            if topic == "1958 grain":  # say what kind of figure each is
                kind = _EYES_GRAIN_KINDS[row["figure_kind"]]
                below = kind == "revised"  # keeps it clear of "estimate"
                ax.annotate(kind, (low, y), xytext=(0, -19 if below else 10),
                            textcoords="offset points", ha="center",
                            fontsize=10, color=_EYES_NOTE_GREY)
            ax.plot(low, y, marker=marker, ms=10,
                    mfc="white" if hollow else colour, mec=colour, mew=2,
                    ls="none")
        if (topic, document) in gaps:
            ax.text(0.02, y, gaps[(topic, document)],
                    transform=ax.get_yaxis_transform(), va="center",
                    fontsize=10, style="italic", color=_EYES_NOTE_GREY)
    ax.set_yticks(range(len(shown)),
                  [_EYES_DOCUMENT_STYLE[d][0] for d in shown[::-1]],
                  fontsize=10)
    ax.set_ylim(-0.7, len(shown) - 0.3)
    if unit == "calendar year":
        ax.set_xlim(1957.6, 1962.4)
        ax.set_xticks(range(1958, 1963))
    else:  # counts start from zero, so that distances are honest
        ax.set_xlim(0, right)


def where_documents_disagree(plotted, panels, gaps):
    """The five seed documents' figures, one panel per question, one row per
    document (each with its own colour and marker shape). A line joins the
    ends of a range, an arrow marks a lower bound, and hollow markers are
    figures the partisan essay reports only to reject them.

    ``plotted`` holds the claims to draw (columns topic, unit, document, low,
    high, voice, figure_kind); ``panels`` lists (topic, unit, title, axis
    label) top to bottom; ``gaps`` maps (topic, document) to a note on a
    document that gives no comparable figure.
    """
    heights = []
    for topic, unit, _, _ in panels:
        rows = plotted[(plotted["topic"] == topic) & (plotted["unit"] == unit)]
        shown = set(rows["document"]) | {d for t, d in gaps if t == topic}
        # The grain panel needs room above its markers for their labels.
        heights.append(len(shown) * (2 if topic == "1958 grain" else 1) + 0.8)

    fig, axes = plt.subplots(len(panels), 1, figsize=(7, 12.5),
                             height_ratios=heights)
    for ax, (topic, unit, title, xlabel) in zip(axes, panels):
        rows = plotted[(plotted["topic"] == topic) & (plotted["unit"] == unit)]
        _eyes_panel(ax, rows, topic, unit, gaps)
        ax.set_title(title, fontsize=13, loc="left")
        ax.set_xlabel(xlabel, fontsize=11, loc="right")
        grid_across(ax)

    grey = "#555555"
    key = {label: {"color": colour, "marker": marker, "markersize": 9}
           for label, colour, marker in _EYES_DOCUMENT_STYLE.values()}
    key["hollow: reported only to reject it"] = {
        "color": grey, "markerfacecolor": "white", "markersize": 9,
        "markeredgewidth": 2}
    key["arrow: “over” or “or more”"] = {
        "kind": "line", "color": grey, "marker": ">", "markersize": 6,
        "linewidth": 1.5}
    fig.legend(handles=legend_handles(key), loc="upper left", ncol=2,
               fontsize=10, bbox_to_anchor=(0.01, 0.97), frameon=False)
    finish(fig, "Five documents, one history: where their figures disagree",
           "Sources: seed documents 000–004, with the works they cite "
           "(Spence 1990;\nLawrance 1998; Soled 1995). "
           "Data: data/seed_claims_compared.csv",
           rect=(0, 0.04, 1, 0.915))
    plt.show()
