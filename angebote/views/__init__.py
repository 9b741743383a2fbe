"""The offers' pages: the search, the map and the offer page (finden), the gap table's
Einrichtungen without an offer (luecken), the Merklisten (merkliste; their logic is
angebote/merkliste.py)."""
