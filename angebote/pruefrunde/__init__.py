"""Prüfrunden: many Träger asked at once whether their offers and places are still true.

- ``rechte``: who runs rounds, and which records she may put into one.
- ``auswahl``: the selection (Jugendamt, Sozialraum, Kategorie, "older than N months").
- ``ablauf``: starting, progress and closing a round.
- ``token``: the signed, password-free link of each Träger.
- ``versand``: the e-mails, first and reminders (also ``manage.py pruefrunden_erinnern``).
- ``antworten``: what the Träger does with the link: confirm, correct.
- ``views`` (Jugendamt), ``views_traeger`` (the link, no login), ``forms``, ``urls``.

User documentation: docs/pruefrunde.md.
"""
