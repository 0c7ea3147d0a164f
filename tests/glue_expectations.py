"""Collect every chapter's expected glued values from tests/expectations/.

EXPECTED maps a notebook's file stem (e.g. "numbers-that-lied") to
{glue name: function returning the value the data give}.
"""

import importlib
import pkgutil

import tests.expectations as package

EXPECTED = {
    info.name.replace("_", "-"): importlib.import_module(f"{package.__name__}.{info.name}").EXPECTED
    for info in pkgutil.iter_modules(package.__path__)
}
