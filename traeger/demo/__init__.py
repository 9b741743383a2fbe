"""Demo data of this floor: the Träger and Einrichtungen of Musterstadt (stammdaten.py, from the tables in daten.py) and the Redaktion and Vernetzung contacts (kontakte.py)."""
