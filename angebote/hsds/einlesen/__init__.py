"""HSDS in (``import_hsds``): read and check the file (datei, plan), map it back (werte, dienst,
zeiten, begriffe), write Träger, places and offers through the review (stammdaten, angebote),
the run and its report (lauf, zustand, bericht)."""
