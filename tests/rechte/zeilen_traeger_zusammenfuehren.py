"""Rows of traeger_zusammenfuehren (filled as the feature lands)."""

ZEILEN = []
