"""Glued values in chapters/through-various-eyes.ipynb."""

from tests.expectations import cell

CLAIMS = "seed_claims_compared.csv"


def claim(row_id, column="value"):
    return cell(CLAIMS, column, id=row_id)


def rate(series, year, source):
    return cell("vital_statistics.csv", "value", series=series, year=year, source=source)


def estimate(row_id, column="estimate_millions"):
    return cell("excess_death_estimates.csv", column, id=row_id)


def outcome(row_id, column="low"):
    return cell("retreat_outcomes.csv", column, id=row_id)


def series(name, year):
    return cell("economic_series.csv", "value", series=name, year=year)


def soled_sum():
    return claim("deaths-002-soled-1959-60")() + claim("deaths-002-soled-1961")()


def one_in_ten():
    return claim("rural-000-central-committee")() * claim("deaths-003-one-in-ten")() / 100


def people_per_commune():
    people = claim("rural-000-central-committee")() * 1_000_000
    return round(people / claim("communes-001-count")(), -2)


def third_of_peak(end):
    return lambda: round(claim("size-002-people", end)() * claim("size-002-shrunk")(), -2)


def per_household(end):
    return lambda: claim("size-002-people", end)() / claim("size-002-households")()


def exports_change_pct():
    before, after = series("net_exports", 1958)(), series("net_exports", 1959)()
    return round(100 * (after - before) / before)


EXPECTED = {
    # The seed documents' own figures (data/seed_claims_compared.csv).
    "deaths_spence": claim("deaths-000-spence"),
    "deaths_paper_own": claim("deaths-002-own"),
    "deaths_slides_chang": claim("deaths-003-chang"),
    "deaths_slides_total": claim("deaths-003-kyle"),
    "deaths_essay_list_lowest": claim("deaths-004-list-16-5"),
    "deaths_essay_low": claim("deaths-004-range", "low"),
    "deaths_essay_high": claim("deaths-004-range", "high"),
    "deaths_soled_sum": soled_sum,
    "deaths_implied_one_in_ten": one_in_ten,
    "peasants_central_committee": claim("rural-000-central-committee"),
    "communes_count": claim("communes-001-count"),
    "communes_share": claim("communes-001-share"),
    "people_per_commune": people_per_commune,
    "size_first_commune": claim("size-000-first-commune"),
    "size_soled_low": claim("size-002-people", "low"),
    "size_soled_high": claim("size-002-people", "high"),
    "size_soled_households": claim("size-002-households"),
    "household_low": per_household("low"),
    "household_high": per_household("high"),
    "size_third_low": third_of_peak("low"),
    "size_third_high": third_of_peak("high"),
    "size_essay_low": claim("size-004-stabilised", "low"),
    "size_essay_high": claim("size-004-stabilised", "high"),
    "furnaces_spence": claim("furnaces-000-spence"),
    "furnaces_encyclopedia": claim("furnaces-001"),
    "furnaces_shaoyang": claim("furnaces-000-shaoyang"),
    "iron_shaoyang": claim("iron-000-shaoyang-output"),
    "iron_goal": claim("iron-000-shaoyang-goal"),
    "iron_record_catties": claim("iron-000-shaoyang-record"),
    "iron_per_furnace": lambda: round(claim("iron-000-shaoyang-output")() / claim("furnaces-000-shaoyang")(), 1),
    "iron_share_of_goal": lambda: round(100 * claim("iron-000-shaoyang-output")() / claim("iron-000-shaoyang-goal")()),
    "kg_per_catty": lambda: round(3000 / claim("iron-000-shaoyang-record")(), 2),
    "grain_claimed": claim("grain-000-claimed"),
    "grain_revised": claim("grain-000-revised"),
    "grain_estimate": claim("grain-000-estimate"),
    "grain_lawrance_low": claim("grain-002-estimate", "low"),
    "grain_lawrance_high": claim("grain-002-estimate", "high"),
    "exports_soled": claim("exports-002-steady"),
    "soviet_experts": claim("soviet-000-experts"),
    "soviet_contracts": claim("soviet-000-contracts"),
    "soviet_projects": claim("soviet-000-projects"),
    "farm_output_fall": claim("results-002-agriculture"),
    "industry_rise": claim("results-002-industry"),
    "income_fall": claim("results-002-income"),
    # Lin and Yang, and Spence's grain per head (data/economic_series.csv).
    "net_exports_1958": series("net_exports", 1958),
    "net_exports_1959": series("net_exports", 1959),
    "net_exports_change_pct": exports_change_pct,
    "procurement_share_1958": series("procurement_share_of_output", 1958),
    "procurement_share_1959": series("procurement_share_of_output", 1959),
    "rural_grain_1957": series("rural_grain_per_head", 1957),
    "rural_grain_1958": series("rural_grain_per_head", 1958),
    "rural_grain_1959": series("rural_grain_per_head", 1959),
    "rural_grain_1960": series("rural_grain_per_head", 1960),
    "net_exports_1960": cell("grain_trade.csv", "value", series="net_exports", year=1960),
    "imports_1961": cell("grain_trade.csv", "value", series="imports_gross", year=1961),
    # Figures from outside the seeds, in files shared with other chapters.
    "cdr_1957": rate("crude_death_rate", 1957, "nbs1999china"),
    "cdr_1960": rate("crude_death_rate", 1960, "nbs1999china"),
    "cdr_ratio": lambda: round(
        rate("crude_death_rate", 1960, "nbs1999china")() / rate("crude_death_rate", 1957, "nbs1999china")(), 2
    ),
    "cbr_1957": rate("crude_birth_rate", 1957, "nbs1999china"),
    "cbr_1960": rate("crude_birth_rate", 1960, "nbs1999china"),
    "banister_1957": rate("crude_death_rate", 1957, "banister1984analysis"),
    "banister_1960": rate("crude_death_rate", 1960, "banister1984analysis"),
    "ashton_deaths": estimate("ashton-1984"),
    "yang_deaths": estimate("yang-2008"),
    "yang_lost_births": estimate("yang-2008", "births_lost_millions"),
    "dikotter_deaths": estimate("dikotter-2010"),
    "ww2_military": outcome("wwii-military-britannica"),
    "ww2_total_low": outcome("wwii-total-britannica", "low"),
    "ww2_total_high": outcome("wwii-total-britannica", "high"),
}
