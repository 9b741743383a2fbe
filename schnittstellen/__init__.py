"""The registry's own read-only JSON API at /api/v1/ (django-ninja): the top floor, above
angebote and gremien, so that one API can answer with offers and meetings alike."""
