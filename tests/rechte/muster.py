"""Every URL pattern of the project, as ``namespace:name`` (or the path regex if unnamed)."""

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver

# Patterns the matrix leaves out, each with the reason. The Django admin has its own
# permission system (staff flag, model permissions) and its own tests.
AUSNAHMEN = {
    # "name": "reason",
}


def alle_muster(resolver=None, praefix: str = "", namensraum: str = ""):
    """(key, path regex) for every URL pattern, recursively through every include."""
    resolver = resolver or get_resolver()
    for eintrag in resolver.url_patterns:
        regex = praefix + eintrag.pattern.regex.pattern.lstrip("^").removesuffix(r"\Z")
        if isinstance(eintrag, URLResolver):
            ns = f"{namensraum}{eintrag.namespace}:" if eintrag.namespace else namensraum
            yield from alle_muster(eintrag, regex, ns)
        elif isinstance(eintrag, URLPattern):
            regex = regex.removesuffix("$")
            yield (f"{namensraum}{eintrag.name}" if eintrag.name else regex), regex


def ausgenommen(schluessel: str, regex: str) -> str | None:
    """Why a pattern has no matrix row, or None if it must have one."""
    if schluessel.startswith("admin:") or regex.startswith("admin/"):
        return "Django-Verwaltung (eigene Rechte: is_staff und Modellrechte)"
    for praefix in (settings.STATIC_URL, settings.MEDIA_URL):
        praefix = (praefix or "").strip("/")
        if praefix and regex.startswith(praefix + "/"):
            return "statische und hochgeladene Dateien"
    return AUSNAHMEN.get(schluessel)


def zu_pruefende_muster() -> set[str]:
    return {s for s, regex in alle_muster() if not ausgenommen(s, regex)}
