"""The search-quality suite: German queries with what a Fachkraft expects (issue #15).

``faelle.py`` holds the case format, the offer patterns and the evaluation (shared by
``tests/test_suchqualitaet.py`` and ``bench/suchqualitaet.py``); ``faelle_demo.py`` and
``faelle_berlin.py`` hold the cases; ``berlin.py`` imports Berlin's open data (all of it, or a
sample for ``make test``).
"""
