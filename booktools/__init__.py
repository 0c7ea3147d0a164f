"""The helpers that the book's scripts and tests share.

    paths        where things are: ROOT, DATA, CHAPTERS, SEEDS, jupyter-book, Chromium
    toc          the pages of _toc.yml in reading order; where each is published
    notebooks    a page's prose and code, and the values a notebook glues
    seeds        the seed documents, and fold(): how text is compared with them
    build        building the book; the pages a reader can reach in it
    server       serve(): the built book on 127.0.0.1
    datacheck    the data checks (scripts/check_data.py)
    datadocs     data/README.md from data/datapackage.json (scripts/write_data_docs.py)
    index_terms  the index's entries and their marking (scripts/add_index_entries.py)
    handouts     PDF handouts of the built book (scripts/print_handouts.py)

Dependencies point one way: ``tests/`` and ``scripts/`` import ``booktools``;
``booktools`` imports neither, and neither imports the other.
"""
