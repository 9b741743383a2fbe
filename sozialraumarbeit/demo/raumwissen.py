"""Demo city Musterstadt: resources and barriers of some Sozialräume, some of them from a
Sozialraumdialog of the Stadtteiltisch Lindenhof.

Keys are stable fields: the dialog's Sitzung by (Gremium, Titel), its TOP by (Sitzung,
Position), an entry by (model, Sozialraum, Titel). A second run creates nothing and changes
nothing. Entries are recorded by the demo logins in their role (no private names).
"""

import datetime

from django.utils import timezone

from gremien.models import Gremium, Protokollversion, Sitzung, Tagesordnungspunkt, Teilnahme
from gremien.sitzung.protokoll import protokoll_freigeben
from sozialraum.models import Sozialraum, User
from sozialraumarbeit.models import Barriere, Ressource
from sozialraumarbeit.models.raumwissen import Herkunft
from traeger.demo.stammdaten import STICHTAG
from traeger.models import Einrichtung

GREMIUM = "Stadtteiltisch Lindenhof"
DIALOG_TITEL = "Sozialraumdialog Lindenhof: Was hilft, was hindert?"
DIALOG_DATUM = datetime.date(2026, 6, 20)  # a Saturday, between the regular meetings
TOP_TITEL = "Ressourcen und Barrieren im Lindenhof"
PROTOKOLL = """Die Runde sammelt in Kleingruppen, was im Lindenhof hilft und was hindert.

- Der Gruppenraum der Grundschule kann nachmittags von Gruppen genutzt werden; Schlüssel beim Hausmeister der Schule.
- Kein Bus nach 20 Uhr: Jugendliche kommen abends nicht vom Jugendtreff nach Hause.
- Der Spielplatz an der Lindenallee ist seit dem Sommer gesperrt.
- Keine arabischsprachige Beratung im Stadtteil; Familien fahren in die Innenstadt.
- Der Nachbarschaftsgarten am Rosengarten sucht Mitgärtnerinnen und Mitgärtner.
"""
# From the dialog's TOP, recorded by the Gremium's Koordination: (model, Art, Titel,
# Beschreibung, Status)
AUS_DEM_DIALOG = [
    (
        Ressource,
        Ressource.Art.RAUM,
        "Gruppenraum der Grundschule",
        "Der Gruppenraum der Grundschule kann nachmittags von Gruppen genutzt werden; "
        "Schlüssel beim Hausmeister der Schule.",
        "",
    ),
    (
        Barriere,
        Barriere.Art.MOBILITAET,
        "Kein Bus nach 20 Uhr",
        "Jugendliche kommen abends nicht vom Jugendtreff nach Hause.",
        Barriere.Status.OFFEN,
    ),
    (
        Barriere,
        Barriere.Art.ORT,
        "Spielplatz an der Lindenallee gesperrt",
        "Der Spielplatz an der Lindenallee ist seit dem Sommer gesperrt.",
        Barriere.Status.IN_ARBEIT,
    ),
    (
        Barriere,
        Barriere.Art.SPRACHE,
        "Keine arabischsprachige Beratung",
        "Keine arabischsprachige Beratung im Stadtteil; Familien fahren in die Innenstadt.",
        Barriere.Status.OFFEN,
    ),
    (
        Ressource,
        Ressource.Art.INITIATIVE,
        "Nachbarschaftsgarten am Rosengarten",
        "Der Nachbarschaftsgarten sucht Mitgärtnerinnen und Mitgärtner; Familien sind willkommen.",
        "",
    ),
]
# Recorded by a Fachkraft directly: (model, Sozialraum name, Art, Titel, Beschreibung, Status)
VON_FACHKRAEFTEN = [
    (
        Ressource,
        "Altstadt-Nord",
        Ressource.Art.RAUM,
        "Saal im Gemeindehaus St. Marien",
        "Saal für bis zu 60 Personen, für Elternabende und Gruppen nach Absprache mit dem "
        "Küster der Gemeinde kostenfrei nutzbar.",
        "",
    ),
    (
        Ressource,
        "Altstadt-Nord",
        Ressource.Art.ROLLE,
        "Quartiersmanagerin Altstadt-Nord",
        "Kennt Vermieter, Läden und Vereine im Viertel; Sprechstunde dienstags im Stadtteilbüro.",
        "",
    ),
    (
        Barriere,
        "Altstadt-Nord",
        Barriere.Art.ZUGANG,
        "Stadtteilbüro ohne Aufzug",
        "Das Stadtteilbüro liegt im ersten Stock; mit Kinderwagen oder Rollstuhl nicht erreichbar.",
        Barriere.Status.OFFEN,
    ),
    (
        Ressource,
        "Oststadt",
        Ressource.Art.VEREIN,
        "Sportverein Oststadt 1921",
        "Offenes Training für Kinder ab 6 Jahren; der Verein stellt Trikots und Schuhe.",
        "",
    ),
    (
        Ressource,
        "Oststadt",
        Ressource.Art.RAUM,
        "Turnhalle der Oststadt-Schule",
        "Abends und am Wochenende für Gruppen nutzbar; Anfrage über das Schulsekretariat.",
        "",
    ),
    (
        Barriere,
        "Oststadt",
        Barriere.Art.KOSTEN,
        "Schwimmbad-Eintritt zu teuer für Familien",
        "Familien mit mehreren Kindern gehen nicht ins Hallenbad; der Familienpass gilt dort nicht.",
        Barriere.Status.BEHOBEN,
    ),
    (
        Barriere,
        "Südstadt",
        Barriere.Art.SICHERHEIT,
        "Unterführung am Bahnhof Süd unbeleuchtet",
        "Eltern lassen ihre Kinder abends nicht durch die Unterführung zum Jugendclub gehen.",
        Barriere.Status.IN_ARBEIT,
    ),
]


RAHMEN = [
    (
        0,
        "Begrüßung und Ablauf",
        "Die Koordination begrüßt 23 Teilnehmende: Anwohnerinnen und Anwohner, Schule, Kita, "
        "Jugendclub, Wohnungsgenossenschaft, Polizei. Ablauf in drei Runden an Stellwänden.",
    ),
    (
        2,
        "Verabredungen und nächste Schritte",
        "- Die Barrieren gehen in die AG 78 Nord und das Sozialraumteam.\n"
        "- Der nächste Sozialraumdialog findet im Frühjahr statt.",
    ),
]


def _dialog(gremium, admin) -> tuple[Tagesordnungspunkt, bool]:
    sitzung = Sitzung.objects.filter(gremium=gremium, titel=DIALOG_TITEL).first()
    neu = sitzung is None
    if neu:
        sitzung = Sitzung.objects.create(
            gremium=gremium,
            titel=DIALOG_TITEL,
            datum=DIALOG_DATUM,
            beginn=datetime.time(10),
            ende=datetime.time(13),
            ort_text="Aula der Grundschule Lindenhof",
            status=Sitzung.Status.DURCHGEFUEHRT,
            einladungstext="Einladung zum Sozialraumdialog: Was hilft im Lindenhof, was hindert?",
        )
    top = Tagesordnungspunkt.objects.filter(sitzung=sitzung, position=1).first()
    if top is None:
        top = Tagesordnungspunkt.objects.create(
            sitzung=sitzung, position=1, titel=TOP_TITEL, protokoll=PROTOKOLL
        )
    # A dialog's frame around its main item, as such mornings run.
    for position, titel, protokoll in RAHMEN:
        Tagesordnungspunkt.objects.get_or_create(
            sitzung=sitzung, position=position, defaults={"titel": titel, "protokoll": protokoll}
        )
    for mitgliedschaft in gremium.mitgliedschaften.aktiv(DIALOG_DATUM):
        Teilnahme.objects.get_or_create(
            sitzung=sitzung,
            mitgliedschaft=mitgliedschaft,
            defaults={"status": Teilnahme.Status.ANWESEND, "traeger": mitgliedschaft.traeger},
        )
    if neu:
        version = protokoll_freigeben(sitzung, admin, "Demo")
        # Released the week after, like the Gremien's own minutes (gremien/demo).
        Protokollversion.objects.filter(pk=version.pk).update(
            freigegeben_am=timezone.make_aware(
                datetime.datetime.combine(
                    DIALOG_DATUM + datetime.timedelta(days=6), datetime.time(9)
                )
            )
        )
    return top, neu


def raumwissen_laden(ausgabe) -> None:
    gremium = Gremium.objects.filter(name=GREMIUM).select_related("sozialraum").first()
    koordination = User.objects.get(username="gremium")
    fachkraft = User.objects.get(username="fachkraft")
    admin = User.objects.get(username="admin")
    angelegt = 0
    if gremium is not None and gremium.sozialraum_id:
        top, _neu = _dialog(gremium, admin)
        schule = (
            Einrichtung.objects.filter(sozialraum=gremium.sozialraum_id, name__icontains="schule")
            .order_by("name")
            .first()
        )
        for model, art, titel, beschreibung, status in AUS_DEM_DIALOG:
            if model.objects.filter(sozialraum=gremium.sozialraum_id, titel=titel).exists():
                continue
            eintrag = model(
                sozialraum_id=gremium.sozialraum_id,
                art=art,
                titel=titel,
                beschreibung=beschreibung,
                herkunft=Herkunft.SITZUNG,
                sitzung=top.sitzung,
                top=top,
                erfasst_von=koordination,
                zuletzt_geprueft=DIALOG_DATUM,
            )
            if status:
                eintrag.status = status
            if schule is not None and "Grundschule" in titel:
                eintrag.einrichtung, eintrag.traeger_id = schule, schule.traeger_id
            eintrag.save()
            angelegt += 1
    sozialraeume = dict(Sozialraum.objects.values_list("name", "pk"))
    geprueft = STICHTAG - datetime.timedelta(days=40)
    for model, name, art, titel, beschreibung, status in VON_FACHKRAEFTEN:
        if name not in sozialraeume:
            continue
        if model.objects.filter(sozialraum=sozialraeume[name], titel=titel).exists():
            continue
        eintrag = model(
            sozialraum_id=sozialraeume[name],
            art=art,
            titel=titel,
            beschreibung=beschreibung,
            herkunft=Herkunft.FACHKRAFT,
            erfasst_von=fachkraft,
            zuletzt_geprueft=geprueft,
        )
        if status:
            eintrag.status = status
        eintrag.save()
        angelegt += 1
    ausgabe(f"Ressourcen und Barrieren: {angelegt} neu")
