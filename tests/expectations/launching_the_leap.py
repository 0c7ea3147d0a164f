"""Glued values in chapters/launching-the-leap.ipynb."""

from tests.expectations import cell


def launch(row_id):
    return cell("launch_figures.csv", "value", id=row_id)


def unit(row_id, column="low"):
    return cell("rural_units.csv", column, id=row_id)


def ratio(top, bottom):
    return lambda: top() / bottom()


def rounded(compute, digits):
    return lambda: round(compute(), digits)


soled_low = unit("commune-soled-people", "low")
soled_high = unit("commune-soled-people", "high")
soled_families = unit("commune-soled-families")
henan_households = unit("commune-henan-households")
henan_coops = unit("commune-henan-coops")
team = unit("team-student-paper")
teams = unit("brigade-student-paper")
coop_low = unit("higher-coop-soled", "low")
coop_high = unit("higher-coop-soled", "high")
third = launch("communes-shrunk-lawrance")


def brigade_families():
    return team() * teams()


EXPECTED = {
    # Targets, decentralization, irrigation (launch_figures.csv)
    "fyp2_increase": launch("second-fyp-increase"),
    "increase_1958": launch("steel-power-coal-increase"),
    "decentralized_share": launch("enterprises-decentralized"),
    "irrigation_peasants": launch("irrigation-peasants"),
    "irrigation_hectares": launch("irrigation-hectares"),
    # million hectares x 10,000 square metres / million peasants
    "square_metres_per_peasant": lambda: (
        launch("irrigation-hectares")() * 10_000 / launch("irrigation-peasants")()
    ),
    # The count of communes
    "communes_encyclopedia": launch("communes-count-encyclopedia"),
    "communes_schirokauer": launch("communes-count-schirokauer"),
    "share_encyclopedia": launch("rural-share-encyclopedia"),
    "share_schirokauer": launch("rural-share-schirokauer"),
    "share_strong": launch("peasant-share-strong"),
    "households_strong": launch("households-strong"),
    "peasants_encyclopedia": launch("peasants-encyclopedia"),
    "households_per_commune": rounded(
        lambda: launch("households-strong")() * 1_000_000 / launch("communes-count-schirokauer")(), -2
    ),
    # The size of rural units (rural_units.csv)
    "henan_households": henan_households,
    "henan_coops": henan_coops,
    "households_per_coop": rounded(ratio(henan_households, henan_coops), 0),
    "pd_people": unit("commune-peoples-daily-people"),
    "pd_households": unit("commune-peoples-daily-households"),
    "soled_people_low": soled_low,
    "soled_people_high": soled_high,
    "soled_families": soled_families,
    "people_per_family_low": ratio(soled_low, soled_families),
    "people_per_family_high": ratio(soled_high, soled_families),
    "coop_low": coop_low,
    "coop_high": coop_high,
    "jump_low": ratio(soled_low, coop_high),
    "jump_high": ratio(soled_high, coop_low),
    "team_families": team,
    "teams_per_brigade": teams,
    "brigade_families": brigade_families,
    "third_low": rounded(lambda: soled_low() * third(), -2),
    "third_high": rounded(lambda: soled_high() * third(), -2),
    # Exercise solution
    "brigades_soled": ratio(soled_families, brigade_families),
    "brigades_henan": ratio(henan_households, brigade_families),
}
