"""Set-up for a chapter opened in Google Colab; each chapter's first cell runs it there, and only there.

Colab opens one notebook on its own, without the module's data/ folder or its
chart helpers. The chapter's first (hidden) cell fetches this file from the
repository and runs it. It clones the repository into ``great-leap-forward/``
(once), moves into the clone's chapters/ folder, so that
``pd.read_csv("../data/...")`` and ``import bookstyle`` work as they do in
Jupyter, and installs the one package Colab lacks (myst-nb, for the numbers
glued into the prose) at the version requirements.txt pins. Anywhere else
(Jupyter, Binder, JupyterHub, the book's build, the tests) the first cell does
nothing and this file is never run.
"""

import os
import subprocess
import sys

REPOSITORY = "https://github.com/great-leap-module/great-leap-forward"
CLONE = "great-leap-forward"
MYST_NB = "myst-nb==1.4.0"

if not os.path.isdir("../data"):  # not yet inside the clone's chapters/ folder
    if not os.path.isdir(CLONE):
        subprocess.run(["git", "clone", "--quiet", "--depth", "1", REPOSITORY, CLONE], check=True)
    os.chdir(os.path.join(CLONE, "chapters"))
    sys.path.insert(0, os.getcwd())
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", MYST_NB], check=True)
