"""Write data/README.md from data/datapackage.json.

Run from the repository root:

    python scripts/write_data_docs.py          # (re)write data/README.md
    python scripts/write_data_docs.py --check  # exit 1 if data/README.md is stale

data/README.md is generated: to change it, edit the descriptions in
data/datapackage.json and run this script again.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository root, for `import booktools`

from booktools import datadocs  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that data/README.md is up to date")
    args = parser.parse_args()
    if args.check:
        problem = datadocs.stale()
        print(problem or "data/README.md is up to date")
        return 1 if problem else 0
    changed = datadocs.write()
    print("wrote data/README.md" if changed else "data/README.md was already up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
