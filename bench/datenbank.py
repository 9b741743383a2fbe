"""The benchmark's own PostgreSQL database, created on first use (for run.py and loadtest.py)."""

import dj_database_url
import psycopg
from psycopg import sql


def anlegen_falls_fehlt(url: str) -> None:
    """CREATE DATABASE for a postgres:// URL whose database does not exist yet.

    Connects to the server's maintenance database ``postgres`` with the URL's credentials.
    Other URLs (SQLite creates its file itself) are left alone.
    """
    konfig = dj_database_url.parse(url)
    if "postgresql" not in konfig["ENGINE"]:
        return
    verbindung = {
        "host": konfig.get("HOST") or None,
        "port": konfig.get("PORT") or None,
        "user": konfig.get("USER") or None,
        "password": konfig.get("PASSWORD") or None,
        "dbname": "postgres",
        "autocommit": True,
    }
    with psycopg.connect(**{k: v for k, v in verbindung.items() if v is not None}) as conn:
        vorhanden = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [konfig["NAME"]]
        ).fetchone()
        if not vorhanden:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(konfig["NAME"])))
            print(f"Datenbank {konfig['NAME']} angelegt.", flush=True)
