"""Demo data of this floor: the offers of Musterstadt (angebote.py, from the tables in daten.py) and the proposals waiting for review."""
