"""The public Gremien as OParl 1.1 (https://schema.oparl.org/1.1/) at ``/oparl/v1/``.

- ``zugang``: who may call (a login, or anybody with ``OFFENE_DATEN``), what is public
  (Gremien with the visibility "öffentlich"), JSON answers and German errors;
- ``liste``: OParl's paginated object lists with their filters and links;
- ``objekte``: the querysets and the JSON of each object type;
- ``views``, ``urls``: the endpoints; ``schema/``: the OParl JSON schemas the tests
  validate every object with (docs/oparl.md).
"""
