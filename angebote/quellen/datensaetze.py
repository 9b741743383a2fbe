"""What the source says about a Träger, an Einrichtung and its one Angebot.

Only what the file states, cleaned (bereinigen.py), plus what follows from the kind of
facility and is written down in docs/einrichtungen-import.md: the ages of a Kita and a
Grundschule, that a Kita or school needs registering and an open youth centre does not,
that a public school charges no fees and a private one may.

Every value is JSON (see abgleich.py); the dicts' keys are the fields of the FELDER
tables in einrichtungen.py. The offers' texts are data in the registry's language, like
the source's own, not interface strings (no gettext); the notes for the report are.
"""

from __future__ import annotations

import datetime

from django.utils.translation import gettext as _

from traeger.models import Einrichtung, Traeger

from ..models import Angebot
from .bereinigen import email, ganzzahl, strasse, telefon, text, webadresse
from .geojson import JFE, KITA, SCHULEN, Datensatzart, Merkmal
from .traeger_abgleich import Gruppe, art
from .traegernamen import BEZIRKE, haeufigste, hat_rechtsform, traeger_art

JFE_ARTEN = {
    "jugendfreizeiteinrichtungen (jfe)": Einrichtung.Art.JUGENDCLUB,
    "pbs oder asp oder kinderfarm": Einrichtung.Art.KINDERFARM,
}
# zielgr1/zielgr2/gend1/gend2 = "ja": the Zielgruppe (by slug) and the words of the text.
JFE_MERKMALE = {
    "zielgr1": ("kinder", "Kinder"),
    "zielgr2": ("jugendliche", "Jugendliche"),
    "gend1": ("maedchen", "Mädchen"),
    "gend2": ("jungen", "Jungen"),
}
BERUFLICH = {
    "Oberstufenzentrum",
    "Berufsschule",
    "Berufsfachschule",
    "Fachschule",
    "Kombinierte berufliche Schule",
    "Berufsschule mit sonderpäd. Aufgaben",
}
# School kinds → Zielgruppen (slugs); the ages of a Berlin Grundschule (grades 1–6).
SCHULE_ZIELGRUPPEN = {
    "Grundschule": ["kinder"],
    "Gemeinschaftsschule": ["kinder", "jugendliche"],
    "Integrierte Sekundarschule": ["jugendliche"],
    "Gymnasium": ["jugendliche"],
    **{s: ["jugendliche", "junge-erwachsene"] for s in BERUFLICH},
}
ALTER = {"kita": (0, 6), "Grundschule": (6, 12)}
# The school file's abbreviations in its kinds of special schools, written out (the search
# finds whole words: "Förderschwerp." is no "Förderschwerpunkt").
SCHULART_ABKUERZUNGEN = (
    ('"u."', '" und "'),
    ("Förderschwerp.", "Förderschwerpunkt"),
    ("Entwickl.", "Entwicklung"),
)
# What the file calls the public schools of these kinds (its ``schultyp``); a private one
# of the same kind is typed only "Privatschule" there.
FOERDERSCHULE = "Schule mit sonderpädagogischem Förderschwerpunkt"


def schulart_lesbar(schulart: str) -> str:
    """``schulart`` with the file's abbreviations written out and German quotes."""
    for kurz, lang in SCHULART_ABKUERZUNGEN:
        schulart = schulart.replace(kurz, lang)
    teile = schulart.split('"')
    # "…" pairs become „…“; an odd quote is left as it is.
    if len(teile) % 2 == 1:
        schulart = "".join(t if i % 2 == 0 else f"„{t}“" for i, t in enumerate(teile))
    return schulart


def ist_foerderschule(schulart: str) -> bool:
    return schulart.startswith("Förderschwerp") or schulart == "Übrige Förderschwerpunkte"


def _iso(tag: datetime.date) -> str:
    return tag.isoformat()


def traeger_soll(
    gruppe: Gruppe, eigen: str, datei: Datensatzart, stand: datetime.date
) -> tuple[dict, list[str]]:
    """The Träger's values from the group's rows of the file it is kept from (``datei``;
    there must be some) and German notes on its web address.

    Where rows name the Träger's own key ``eigen``, only those count: a Träger that a person
    merged into it, or a spelling without legal form, does not rename it.
    """
    zeilen = [n for n in gruppe.nennungen if n.datei == datei.kennung]
    zeilen = [n for n in zeilen if eigen in n.schluessel] or zeilen
    t_arten = {n.t_art for n in zeilen}
    art_des_schluessels = art(eigen)
    bezirk = eigen.split(":", 1)[1]
    if art_des_schluessels == "jugendamt":
        name = f"Jugendamt {BEZIRKE.get(bezirk, bezirk)}"
        schaft, traegerart = Traeger.Traegerschaft.OEFFENTLICH, Traeger.Art.JUGENDAMT
    elif art_des_schluessels == "schultraeger":
        bezirksname = BEZIRKE.get(bezirk) or haeufigste(n.bezirk for n in zeilen)
        name = f"Bezirksamt {bezirksname} – Schulamt"
        schaft, traegerart = Traeger.Traegerschaft.OEFFENTLICH, Traeger.Art.BEHOERDE
    elif art_des_schluessels == "schule":
        name = zeilen[0].name
        schaft, traegerart = Traeger.Traegerschaft.FREI, Traeger.Art.SCHULE
    else:
        name = haeufigste(n.name for n in zeilen)
        if "Eigenbetrieb" in t_arten:
            schaft, traegerart = Traeger.Traegerschaft.OEFFENTLICH, Traeger.Art.KITA_TRAEGER
        else:
            schaft = Traeger.Traegerschaft.FREI
            oeffentlich = sum(n.t_art.casefold().startswith("öffentlich") for n in zeilen)
            if oeffentlich * 2 > len(zeilen) and not any(hat_rechtsform(n.name) for n in zeilen):
                schaft = Traeger.Traegerschaft.OEFFENTLICH
            traegerart = traeger_art(name, t_arten, kita=datei is KITA)
    webadressen = [webadresse(n.web) for n in zeilen]
    hinweise = sorted({w[2] for w in webadressen if w[2]})
    return {
        "name": name[:300],
        "traegerschaft": str(schaft),
        "art": str(traegerart),
        "website": haeufigste(w[0] for w in webadressen)[:300],
        "email": haeufigste(w[1] for w in webadressen),
        "zuletzt_geprueft": _iso(stand),
        "quelle_stand": _iso(stand),
    }, hinweise


def einrichtung_soll(datei: Datensatzart, m: Merkmal, stand: datetime.date) -> tuple[dict, list]:
    """The Einrichtung's own values (without Träger and areas) and German notes."""
    w = m.werte
    hinweise = []
    if datei is SCHULEN:
        name, art_wert = text(w.get("name")), Einrichtung.Art.SCHULE
        adresse = strasse(w.get("strasse"), w.get("hausnr"))
        plz, ort = text(w.get("plz")), "Berlin"  # the file holds Berlin's schools only
        tel, web, mail = w.get("telefon"), w.get("internet"), w.get("email")
        plaetze = None
    else:
        name = text(w.get("e_name"))
        if datei is KITA:
            art_wert = Einrichtung.Art.KITA
        else:
            art_wert = JFE_ARTEN.get(text(w.get("e_art")).casefold(), Einrichtung.Art.SONSTIGE)
            if art_wert == Einrichtung.Art.SONSTIGE:
                hinweise.append(
                    _("Art „%(art)s“ unbekannt, als „sonstige“ geführt")
                    % {"art": text(w.get("e_art"))}
                )
        adresse = strasse(w.get("e_strasse"), w.get("e_hnr"), w.get("e_zus") or w.get("e_zusatz"))
        plz, ort = text(w.get("e_plz")), text(w.get("e_ort"))
        tel, web, mail = w.get("e_tel"), w.get("e_web"), None
        plaetze = ganzzahl(w.get("e_platz"))
        if plaetze is None and text(w.get("e_platz")):
            hinweise.append(
                _("Plätze „%(wert)s“ keine Zahl, weggelassen") % {"wert": text(w.get("e_platz"))}
            )
    telefonnummer, hinweis = telefon(tel)
    hinweise.append(hinweis)
    url, mail_aus_web, hinweis = webadresse(web)
    hinweise.append(hinweis)
    adresse_mail, hinweis = email(mail)
    hinweise.append(hinweis)
    soll = {
        "name": name[:300],
        "art": str(art_wert),
        "strasse": adresse[:200],
        "plz": plz[:10],
        "ort": ort[:100],
        "telefon": telefonnummer[:100],
        "website": url[:300],
        "plaetze": plaetze,
        "lage": [round(m.lat, 6), round(m.lon, 6)],
        "archiviert": False,
        "zuletzt_geprueft": _iso(stand),
        "quelle_stand": _iso(stand),
    }
    if datei is SCHULEN or mail_aus_web:
        soll["email"] = (adresse_mail or mail_aus_web)[:254]
    return soll, [h for h in hinweise if h]


def _saetze(*teile: str) -> str:
    return " ".join(t for t in teile if t)


def angebot_soll(datei: Datensatzart, m: Merkmal, einrichtung: dict, stand) -> dict:
    """The offer the facility stands for, from the file alone (docs/einrichtungen-import.md).

    ``einrichtung`` is the Einrichtung's soll; links are returned as slugs
    (``kategorien``, ``zielgruppen``) for the caller to turn into ids.
    """
    w = m.werte
    soll = {
        "titel": einrichtung["name"],
        "telefon": einrichtung["telefon"],
        "website": einrichtung["website"],
        "alter_von": None,
        "alter_bis": None,
        "status": str(Angebot.Status.VEROEFFENTLICHT),
        "zuletzt_geprueft": _iso(stand),
        "quelle_stand": _iso(stand),
    }
    plaetze = einrichtung.get("plaetze")
    if datei is JFE:
        merkmale = [(k, wort) for feld, (k, wort) in JFE_MERKMALE.items() if text(w.get(feld))]
        ort = (
            "auf einem pädagogisch betreuten Spielplatz, Abenteuerspielplatz oder einer Kinderfarm"
            if einrichtung["art"] == Einrichtung.Art.KINDERFARM
            else "in einer Jugendfreizeiteinrichtung"
        )
        zielgruppen = [wort for k, wort in merkmale if k in ("kinder", "jugendliche")]
        geschlecht = [wort for k, wort in merkmale if k in ("maedchen", "jungen")]
        soll["beschreibung"] = _saetze(
            f"Offene Kinder- und Jugendarbeit {ort}.",
            f"Zielgruppe: {', '.join(zielgruppen)}." if zielgruppen else "",
            f"Schwerpunkt: {', '.join(geschlecht)}." if geschlecht else "",
            f"{plaetze} Plätze." if plaetze else "",
        )
        soll["kategorien"] = ["jugendarbeit"]
        soll["zielgruppen"] = [k for k, _wort in merkmale]
        soll["anmeldung"] = str(Angebot.Anmeldung.OFFEN)
    elif datei is KITA:
        ansaetze = [
            a.replace("-", " ").strip() for a in text(w.get("ang_1")).split("/") if a.strip()
        ]
        soll["beschreibung"] = _saetze(
            f"Kindertagesstätte mit {plaetze} Plätzen." if plaetze else "Kindertagesstätte.",
            f"Pädagogischer Ansatz: {', '.join(ansaetze)}." if ansaetze else "",
            f"Besonderheit: {text(w.get('ang_2'))}." if text(w.get("ang_2")) else "",
        )
        soll["kategorien"] = ["kita"]
        soll["zielgruppen"] = ["kleinkinder"]
        soll["alter_von"], soll["alter_bis"] = ALTER["kita"]
        soll["anmeldung"] = str(Angebot.Anmeldung.ERFORDERLICH)
    else:
        schulart, schultyp = text(w.get("schulart")), text(w.get("schultyp"))
        oeffentlich = text(w.get("traeger")).casefold() == "öffentlich"
        if ist_foerderschule(schulart) and schultyp in ("", "Privatschule"):
            schultyp = FOERDERSCHULE
        soll["beschreibung"] = _saetze(
            f"{schulart_lesbar(schulart)}, "
            + ("öffentliche Schule." if oeffentlich else "Schule in freier Trägerschaft."),
            f"Schultyp: {schultyp}."
            if schultyp and schultyp not in (schulart, "Privatschule")
            else "",
        )
        soll["email"] = einrichtung.get("email", "")
        soll["kategorien"] = ["bildung"]
        soll["zielgruppen"] = SCHULE_ZIELGRUPPEN.get(schulart, [])
        soll["alter_von"], soll["alter_bis"] = ALTER.get(schulart, (None, None))
        soll["anmeldung"] = str(Angebot.Anmeldung.ERFORDERLICH)
        if oeffentlich:
            soll["kosten"], soll["kosten_hinweis"] = str(Angebot.Kosten.KOSTENFREI), ""
        else:
            soll["kosten"] = str(Angebot.Kosten.GEBUEHR)
            soll["kosten_hinweis"] = "Schulgeld möglich; die Höhe steht nicht in der Quelle."
    return soll
