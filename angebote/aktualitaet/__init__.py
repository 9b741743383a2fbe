"""Freshness: 'Noch aktuell', the dashboard of stale offers and the reminder e-mails."""
