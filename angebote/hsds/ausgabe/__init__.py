"""HSDS out: the mapping of the registry's public data (abbilden, grundlagen, taxonomie), the
JSON export and the Tabular Data Package (export, tabellarisch)."""
