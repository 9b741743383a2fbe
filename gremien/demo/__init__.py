"""Demo data of this floor: the Gremien of Musterstadt with a year of meetings and minutes (gremien.py, from the tables in daten.py)."""
