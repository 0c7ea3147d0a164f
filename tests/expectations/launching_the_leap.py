"""Glued values in chapters/launching-the-leap.ipynb (derived figures only)."""

from tests.expectations import cell


def launch(row_id):
    return cell("launch_figures.csv", "value", id=row_id)()


def unit(row_id, column="low"):
    return cell("rural_units.csv", column, id=row_id)()


def soled(column):
    return unit("commune-soled-people", column)


def brigade_families():
    return unit("team-student-paper") * unit("brigade-student-paper")


def households_per_coop():
    return unit("commune-henan-households") / unit("commune-henan-coops")


EXPECTED = {
    # million hectares x 10,000 square metres / million peasants
    "square_metres_per_peasant": lambda: (
        launch("irrigation-hectares") * 10_000 / launch("irrigation-peasants")
    ),
    "households_per_commune": lambda: round(
        launch("households-strong") * 1_000_000
        / launch("communes-count-schirokauer"), -2),
    "households_per_coop": lambda: round(households_per_coop()),
    "people_per_family_low": lambda: (
        soled("low") / unit("commune-soled-families")),
    "people_per_family_high": lambda: (
        soled("high") / unit("commune-soled-families")),
    "jump_low": lambda: soled("low") / unit("higher-coop-soled", "high"),
    "jump_high": lambda: soled("high") / unit("higher-coop-soled", "low"),
    "brigade_families": brigade_families,
    "third_low": lambda: round(
        soled("low") * launch("communes-shrunk-lawrance"), -2),
    "third_high": lambda: round(
        soled("high") * launch("communes-shrunk-lawrance"), -2),
    # Exercise solution
    "brigades_soled": lambda: (
        unit("commune-soled-families") / brigade_families()),
    "brigades_henan": lambda: (
        unit("commune-henan-households") / brigade_families()),
}
