"""Rows of pruefrunde (filled as the feature lands)."""

ZEILEN = []
