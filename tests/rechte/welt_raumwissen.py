"""The matrix world's resources and barriers (sozialraumarbeit/raumwissen/permissions.py):
barriers with each Sichtbarkeit recorded by ``fachkraft`` (works at Träger A) in the own
Sozialraum, shared and Träger-internal ones of ``fremde_fachkraft`` (Träger B) in the
foreign one, a private one of ``verschwiegen``, and a shared Ressource in each Sozialraum.
Called once at the end of ``welt_bauen``.
"""

from .welt import FACHKRAFT, MIT_ROLLE, NIEMAND, REDAKTION

# (key, model, recorder, Sozialraum, Sichtbarkeit, eigener Träger, who sees it)
EINTRAEGE = [
    ("barriere_eigen_privat", "barriere", FACHKRAFT, "eigen", "privat", None, {FACHKRAFT}),
    (
        "barriere_eigen_traeger",
        "barriere",
        FACHKRAFT,
        "eigen",
        "traeger",
        "A",
        {FACHKRAFT, REDAKTION},
    ),
    ("barriere_eigen_alle", "barriere", FACHKRAFT, "eigen", "alle", None, MIT_ROLLE),
    ("barriere_fremd_alle", "barriere", "fremde_fachkraft", "fremd", "alle", None, MIT_ROLLE),
    ("barriere_fremd_traeger", "barriere", "fremde_fachkraft", "fremd", "traeger", "B", NIEMAND),
    ("barriere_verschwiegen", "barriere", "verschwiegen", "eigen", "privat", None, NIEMAND),
    ("ressource_eigen_alle", "ressource", "kollegin", "eigen", "alle", None, MIT_ROLLE),
    ("ressource_fremd_alle", "ressource", "fremde_fachkraft", "fremd", "alle", None, MIT_ROLLE),
]


def raumwissen_bauen(welt) -> None:
    from sozialraumarbeit.models.raumwissen import TYPEN

    for schluessel, typ, wer, gebiet, sicht, eigener, sichtbar in EINTRAEGE:
        titel = f"Raumwissen {schluessel}"
        if sichtbar != MIT_ROLLE:
            titel = f"Raumwissen {welt.geheim(schluessel.replace('_', ''), sichtbar, titel)}"
        welt.o[schluessel] = TYPEN[typ].objects.create(
            sozialraum=welt.o[f"sozialraum_{gebiet}"],
            titel=titel,
            beschreibung="Gruppenraum im Matrixviertel",
            erfasst_von=welt.nutzer[wer],
            sichtbarkeit=sicht,
            eigener_traeger=welt.o[eigener] if eigener else None,
        )
