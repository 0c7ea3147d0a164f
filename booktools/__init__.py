"""The helpers that the book's scripts and tests share.

Dependencies point one way: ``tests/`` and ``scripts/`` import ``booktools``;
``booktools`` imports neither, and neither imports the other.
"""
