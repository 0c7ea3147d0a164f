"""Set-up for a chapter opened in Google Colab, run by the chapter's first cell there only.

Colab opens one notebook on its own, without the module's data/ folder or its
chart helpers. Each chapter's first (hidden) cell therefore clones the
repository into ``great-leap-forward/`` and runs this file, which moves into the
clone's chapters/ folder, so that ``pd.read_csv("../data/...")`` and
``import bookstyle`` work as they do in Jupyter, and installs the one package
Colab lacks (myst-nb, for the numbers glued into the prose), at the version
requirements.txt pins. Anywhere else (Jupyter, Binder, JupyterHub, the book's
build, the tests) the first cell does nothing and this file is never run.
"""

import os
import subprocess
import sys

MYST_NB = "myst-nb==1.4.0"

os.chdir("great-leap-forward/chapters")
sys.path.insert(0, os.getcwd())
subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", MYST_NB], check=True)
