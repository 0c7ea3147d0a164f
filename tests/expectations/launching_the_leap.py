"""Derived figures glued in chapters/launching-the-leap.ipynb, from
data/launch_figures.csv and data/rural_units.csv."""

from tests.expectations import by_id

launch, unit = by_id("launch_figures.csv", "value"), by_id("rural_units.csv", "low")


EXPECTED = {
    # million hectares x 10,000 square metres / million peasants
    "square_metres_per_peasant": lambda: launch("irrigation-hectares") * 10_000 / launch("irrigation-peasants"),
    "households_per_commune": lambda: round(launch("households-strong") * 1e6 / launch("communes-count-schirokauer"), -2),
    "households_per_coop": lambda: round(unit("commune-henan-households") / unit("commune-henan-coops")),
    "people_per_family_low": lambda: unit("commune-soled-people", "low") / unit("commune-soled-families"),
    "people_per_family_high": lambda: unit("commune-soled-people", "high") / unit("commune-soled-families"),
    "jump_low": lambda: unit("commune-soled-people", "low") / unit("higher-coop-soled", "high"),
    "jump_high": lambda: unit("commune-soled-people", "high") / unit("higher-coop-soled", "low"),
    "brigade_families": lambda: unit("team-student-paper") * unit("brigade-student-paper"),
    "third_low": lambda: round(unit("commune-soled-people", "low") * launch("communes-shrunk-lawrance"), -2),
    "third_high": lambda: round(unit("commune-soled-people", "high") * launch("communes-shrunk-lawrance"), -2),
    # Exercise solution
    "brigades_soled": lambda: unit("commune-soled-families") / EXPECTED["brigade_families"](),
    "brigades_henan": lambda: unit("commune-henan-households") / EXPECTED["brigade_families"](),
}
