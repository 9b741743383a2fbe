"""Lists of this floor as files (CSV, Excel): search results, the Merkliste, the gap table.

Each export takes its rows from the function its page uses (``suche.eingang.gefiltert`` and
``suchen()``, ``merkliste.gemerkte``, ``bereiche.angebote_und_luecken``) and writes them with
``sozialraum.werkzeuge.tabellen``: a person downloads exactly what she sees.
"""
