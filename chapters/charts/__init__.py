"""The book's charts: one named function for each chart, so that a chapter's chart cell is
the pandas that says what is shown and then one call, such as ``charts.unit_sizes(drawn)``.

Each module holds one chapter's drawing recipes; every function has a docstring
saying what it shows and what table it needs, draws in the book's style and ends
with ``bookstyle.finish(fig, title, source)``. Dependencies point one way:
notebooks import ``charts``, ``charts`` imports ``bookstyle``.
"""

from .before import growth_before_the_leap  # before-the-leap
from .launching import unit_sizes  # launching-the-leap
from .steel import furnace_counts, steel_documented  # steel-and-backyard-furnaces
from .numbers import output_claimed_and_counted  # numbers-that-lied
from .lushan import year_of_lushan, dates_by_document  # lushan-1959
from .soviet import withdrawal_in_numbers  # sino-soviet-split
from .famine import (  # how-many-died
    births_deaths_and_population,
    deaths_and_births_lost,
    estimates_by_author,
    grain_and_food_per_head,
    totals_under_assumptions,
)
from .retreat import commune_sizes, leap_result  # retreat-and-legacy
from .eyes import what_each_document_says, where_documents_disagree  # through-various-eyes
from .timeline import events_by_theme, who_dates_what, leap_datings  # timeline

__all__ = [
    "growth_before_the_leap",
    "unit_sizes",
    "furnace_counts",
    "steel_documented",
    "output_claimed_and_counted",
    "year_of_lushan",
    "dates_by_document",
    "withdrawal_in_numbers",
    "births_deaths_and_population",
    "deaths_and_births_lost",
    "estimates_by_author",
    "grain_and_food_per_head",
    "totals_under_assumptions",
    "commune_sizes",
    "leap_result",
    "what_each_document_says",
    "where_documents_disagree",
    "events_by_theme",
    "who_dates_what",
    "leap_datings",
]
