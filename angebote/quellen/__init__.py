"""Imports of facilities, their Träger and basic offers from open data
(``manage.py import_einrichtungen``; docs/einrichtungen-import.md).

The modules, in the order a run uses them:

- ``geojson``: reads a file, recognises the dataset by its properties, converts the
  coordinates to WGS84 (pyproj);
- ``bereinigen``: phone numbers, web addresses, addresses;
- ``traegernamen``, ``traeger_abgleich``: Träger names normalised, spellings merged into
  groups, groups matched with the Träger already registered;
- ``verorten``: the finest area whose boundary contains a point (shapely);
- ``datensaetze``: what the source says about a Träger, an Einrichtung, its Angebot;
- ``abgleich``: compares that with the registry field by field, keeping what people
  changed, and writes in bulk with history;
- ``einrichtungen`` (the run, all or nothing), ``lauf`` (its state), ``traeger_schritt``,
  ``grundangebote`` (its steps), ``bericht`` (counts and report).
"""
