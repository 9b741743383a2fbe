"""The permission matrix (issue #6): a small world, the declared rows, the URL walk.

- ``oeffentlich``: the reviewed list of URLs that work without login (shared with
  tests/test_sicherheit.py).
- ``welt``: one user per role with own and foreign objects, built once per test module, and
  the marker strings of every non-public object with the roles that may see it.
- ``erwartung``: status tokens, role sets and the row/case types.
- ``zeilen_*``: the rows, one file per app; ``zeilen.ZEILEN`` collects them.
- ``muster``: every URL pattern of the project, and the reviewed exceptions.
"""
