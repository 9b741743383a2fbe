"""Texts of the bench Sozialraumarbeit (bench/sozialraumarbeit_plan.py puts them together).

In the tone of the demo city's (sozialraumarbeit/demo/), but with ``{sozialraum}`` where a
place is named, so the same few texts serve 120 generated Sozialräume. Persons only in their
role, never by name (the rule of docs/ressourcen-barrieren.md).
"""

from sozialraumarbeit.models import Barriere, Kooperationspartner, Massnahme, Ressource

P = Kooperationspartner.Art
R = Ressource.Art
B = Barriere.Art
Z = Massnahme.Zielerreichung

# (title, Bedarf, Ziele, Überprüfung) of a measure; the title gets the Sozialraum's name.
VORHABEN = [
    (
        "Lernwerkstatt am Nachmittag",
        "Kinder der Klassen 3 bis 6 in {sozialraum} brauchen Unterstützung beim Lernen; die "
        "Hausaufgabenhilfe der Grundschule hat eine Warteliste.",
        "Eine Lernwerkstatt an drei Nachmittagen mit Ehrenamtlichen und einer Fachkraft.",
        "Regelmäßige Teilnahme, Rückmeldung der Schulen zum Halbjahr.",
    ),
    (
        "Mobile Jugendarbeit am Marktplatz",
        "Am Marktplatz in {sozialraum} halten sich abends Jugendliche auf, die keine "
        "Einrichtung erreicht.",
        "Zwei Streetworker an drei Abenden, Vermittlung in Beratung und Freizeitangebote.",
        "Kontakte je Abend, Vermittlungen, Einschätzung des Ordnungsamts nach einem Jahr.",
    ),
    (
        "Elternlotsen für neu zugezogene Familien",
        "Neu zugezogene Familien finden Kita, Schule und Beratung in {sozialraum} nur schwer.",
        "Geschulte Elternlotsinnen begleiten Familien in den ersten Monaten zu Ämtern und "
        "Einrichtungen.",
        "Zahl der begleiteten Familien, Anmeldungen in Kita und Beratung, Befragung.",
    ),
    (
        "Familienfrühstück mit Beratung",
        "Junge Familien in {sozialraum} kennen die Beratungsangebote kaum.",
        "Ein Familienfrühstück jeden Samstag, einmal im Monat mit einer Beraterin der "
        "Erziehungsberatung.",
        "Teilnehmende Familien, Vermittlungen in Beratung, Befragung nach zehn Monaten.",
    ),
    (
        "Mädchentreff",
        "Mädchen ab zwölf Jahren nutzen die offenen Treffs in {sozialraum} kaum.",
        "Ein Mädchentreff an zwei Nachmittagen mit Kreativ- und Bewegungsangeboten.",
        "Teilnehmerinnen je Nachmittag, Befragung nach sechs Monaten.",
    ),
    (
        "Spielmobil",
        "In {sozialraum} gibt es keinen Spielplatz in der Nähe der neuen Wohnblöcke.",
        "Ein Spielmobil kommt zweimal in der Woche in den Innenhof, mit Spielangeboten für "
        "Kinder und Eltern.",
        "Besuchszahlen, Rückmeldungen der Eltern, Beteiligung der Nachbarschaft.",
    ),
    (
        "Bolzplatz-Liga",
        "Am Bolzplatz in {sozialraum} treffen sich abends Jugendliche ohne Angebot; "
        "Beschwerden der Nachbarschaft nehmen zu.",
        "Eine offene Liga mit festen Spielzeiten; Jugendliche übernehmen Verantwortung als "
        "Schiedsrichter und Teamleitung.",
        "Teilnehmende je Spieltag, Zahl der Beschwerden, Rückmeldung der Jugendlichen.",
    ),
    (
        "Kinderkochkurs im Stadtteiltreff",
        "Viele Kinder in {sozialraum} kommen ohne Frühstück in die Schule.",
        "Ein wöchentlicher Kochkurs für Kinder von 8 bis 12 Jahren, einmal im Monat mit Eltern.",
        "Teilnahme über das Jahr, Befragung der Eltern, Einschätzung der Schulsozialarbeit.",
    ),
    (
        "Übergangscoaching Schule – Beruf",
        "Viele Jugendliche in {sozialraum} verlassen die Schule ohne Anschluss.",
        "Einzelcoaching und Betriebsbesuche für die Klassen 8 bis 10, mit der Jugendberufsagentur.",
        "Zahl der Jugendlichen mit Anschluss nach der Schule, Rückmeldung der Schulen.",
    ),
    (
        "Väter-Kind-Samstage",
        "Väter nehmen die Angebote der Familienbildung in {sozialraum} kaum wahr.",
        "Ein Samstag im Monat mit Ausflügen und Werkstatt für Väter und Kinder.",
        "Teilnehmende Väter, wiederkehrende Familien, Befragung nach einem Jahr.",
    ),
    (
        "Sprachcafé für Eltern",
        "Eltern in {sozialraum} mit wenig Deutsch erreichen Kita und Schule kaum.",
        "Ein wöchentliches Sprachcafé mit Kinderbetreuung, Sprachmittlerinnen nach Bedarf.",
        "Teilnehmende, Vermittlungen, Rückmeldungen von Kita und Schule.",
    ),
    (
        "Sommerferien-Werkstatt",
        "In den Sommerferien gibt es in {sozialraum} kein Angebot für Kinder unter zehn Jahren.",
        "Drei Wochen Holz- und Lehmwerkstatt, kostenfrei, ohne Anmeldung.",
        "Besuchszahlen je Tag, Anteil der Kinder aus dem Sozialraum, Rückmeldung der Eltern.",
    ),
    (
        "Medienwerkstatt für Jugendliche",
        "Jugendliche in {sozialraum} wünschen sich Angebote zu Video, Musik und Gaming.",
        "Eine Medienwerkstatt an zwei Abenden mit Medienpädagogin und Technik zum Ausleihen.",
        "Teilnahme, fertige Projekte, Rückmeldung der Jugendlichen.",
    ),
    (
        "Nachbarschaftsgarten mit Kindern",
        "Kinder in {sozialraum} haben kaum Grünflächen, die sie selbst gestalten können.",
        "Ein Gartenprojekt mit Kita und Grundschule auf einer Brachfläche der Genossenschaft.",
        "Beteiligte Kinder und Familien, Pflege des Gartens über die Saison.",
    ),
]

# (name, art, role) of partners that are not Träger of the registry.
PARTNER = [
    ("Grundschule {sozialraum}", P.SCHULE, "Räume und Absprache mit den Lehrkräften"),
    ("Gesamtschule {sozialraum}", P.SCHULE, "benennt Jugendliche, stellt die Aula"),
    ("Kita Sonnenschein {sozialraum}", P.KITA, "lädt Eltern ein"),
    ("Wohnungsgenossenschaft {sozialraum} eG", P.WOHNUNGSUNTERNEHMEN, "Innenhof und Strom"),
    ("Sportverein {sozialraum} 1921", P.VEREIN, "öffnet den Platz am Freitagabend"),
    ("Nachbarschaftsinitiative {sozialraum}", P.INITIATIVE, "Ehrenamtliche für die Betreuung"),
    ("Stadtteilbibliothek {sozialraum}", P.SONSTIGE, "Medien und Leseecke"),
]
TRAEGER_ROLLEN = [
    "Schulung der Ehrenamtlichen",
    "Räume am Nachmittag",
    "Beratung einmal im Monat",
    "Öffentlichkeitsarbeit und Einladungen",
    "Fahrdienst zu Ausflügen",
]

ERKENNTNISSE = {
    Z.ERREICHT: "Gut angenommen; die Kooperation mit der Schule trägt, der Bedarf besteht weiter.",
    Z.TEILWEISE: "Die Jüngeren kamen regelmäßig, die Älteren kaum; Zeiten am Nachmittag passen "
    "besser.",
    Z.NICHT: "Die Zielgruppe wurde kaum erreicht; der Zugang über die Schule hat nicht "
    "funktioniert.",
}
ABBRUCHGRUENDE = [
    "Die Fachkraft hat gekündigt, eine Nachfolge war nicht zu finden.",
    "Der Raum steht wegen einer Sanierung nicht mehr zur Verfügung.",
    "Der Träger hat die Maßnahme zurückgegeben; zu wenige Teilnehmende.",
]
ABLEHNUNGEN = [
    "Kein nachgewiesener Bedarf im Sozialraum; ein ähnliches Angebot besteht nebenan.",
    "Kosten vor allem für Anschaffungen; nicht im Sinn der Richtlinie.",
]
ZURUECKSTELLUNGEN = [
    "Vertagt: Kostenplan und Kooperationsvereinbarung fehlen.",
    "Vertagt: Die Zielgruppe soll genauer beschrieben werden.",
    "Vertagt: Die Schule hat der Kooperation noch nicht zugestimmt.",
]

# (art, title, description); the title gets " {sozialraum}" only where it names a place.
RESSOURCEN = [
    (
        R.RAUM,
        "Gruppenraum der Grundschule",
        "Nachmittags für Gruppen nutzbar; Schlüssel beim Hausmeister der Schule.",
    ),
    (
        R.RAUM,
        "Saal im Gemeindehaus",
        "Für bis zu 60 Personen, nach Absprache mit dem Küster kostenfrei.",
    ),
    (
        R.RAUM,
        "Turnhalle der Gesamtschule",
        "Abends und am Wochenende; Anfrage über das Schulsekretariat.",
    ),
    (R.RAUM, "Werkraum im Stadtteiltreff", "Mit Werkbänken; für Gruppen mit eigener Anleitung."),
    (R.ORT, "Bolzplatz an der Schule", "Frei zugänglich bis 20 Uhr."),
    (R.ORT, "Spielplatz im Park", "Neu gestaltet, mit Wasserspiel im Sommer."),
    (
        R.ORT,
        "Stadtteilbibliothek {sozialraum}",
        "Leseecke, Lernplätze und WLAN, dienstags bis 19 Uhr.",
    ),
    (
        R.VEREIN,
        "Sportverein {sozialraum} 1921",
        "Offenes Training für Kinder ab 6 Jahren; der Verein stellt Trikots und Schuhe.",
    ),
    (R.VEREIN, "Kulturverein", "Trommelgruppe und Theater für Jugendliche."),
    (
        R.INITIATIVE,
        "Nachbarschaftsgarten",
        "Sucht Mitgärtnerinnen und Mitgärtner; Familien sind willkommen.",
    ),
    (R.INITIATIVE, "Repair-Café", "Einmal im Monat samstags; repariert wird gemeinsam."),
    (R.INITIATIVE, "Leihladen", "Werkzeug, Spiele und Campingsachen zum Ausleihen."),
    (R.EINRICHTUNG, "Familienzentrum", "Offene Sprechstunde und Krabbelgruppe."),
    (
        R.ROLLE,
        "Quartiersmanagerin",
        "Kennt Vermieter, Läden und Vereine im Viertel; Sprechstunde dienstags im Stadtteilbüro.",
    ),
    (R.ROLLE, "Hausmeister der Grundschule", "Schließt Räume auf und weiß, wann sie frei sind."),
    (R.SONSTIGES, "Lastenrad zum Ausleihen", "Beim Stadtteilbüro, kostenfrei für Vereine."),
]
BARRIEREN = [
    (
        B.MOBILITAET,
        "Kein Bus nach 20 Uhr",
        "Jugendliche kommen abends nicht vom Jugendtreff nach Hause.",
    ),
    (
        B.MOBILITAET,
        "Keine Ampel an der Hauptstraße",
        "Kinder müssen auf dem Schulweg die vierspurige Straße queren.",
    ),
    (B.ORT, "Spielplatz gesperrt", "Seit dem Sommer wegen Schäden gesperrt."),
    (
        B.ORT,
        "Kein Raum für Jugendliche",
        "Die Jugendlichen treffen sich am Supermarkt; einen Treff gibt es nicht.",
    ),
    (B.SPRACHE, "Keine arabischsprachige Beratung", "Familien fahren in die Innenstadt."),
    (
        B.SPRACHE,
        "Elternbriefe nur auf Deutsch",
        "Viele Eltern verstehen die Einladungen der Schule nicht.",
    ),
    (
        B.ZUGANG,
        "Stadtteilbüro ohne Aufzug",
        "Im ersten Stock; mit Kinderwagen oder Rollstuhl nicht erreichbar.",
    ),
    (
        B.ZUGANG,
        "Anmeldung nur online",
        "Familien ohne Internet kommen an die Ferienplätze nicht heran.",
    ),
    (
        B.KOSTEN,
        "Schwimmbad-Eintritt zu teuer",
        "Familien mit mehreren Kindern gehen nicht ins Hallenbad.",
    ),
    (B.KOSTEN, "Vereinsbeiträge", "Der Beitrag des Sportvereins ist für viele Familien zu hoch."),
    (B.ANGEBOT, "Keine Hausaufgabenhilfe", "Die Schule hat eine Warteliste, sonst gibt es nichts."),
    (
        B.ANGEBOT,
        "Kein Ferienangebot für Jüngere",
        "In den Sommerferien nichts für Kinder unter zehn.",
    ),
    (B.ANGEBOT, "Keine Erziehungsberatung vor Ort", "Die nächste Stelle ist eine Stunde entfernt."),
    (
        B.SICHERHEIT,
        "Unterführung am Bahnhof unbeleuchtet",
        "Eltern lassen ihre Kinder abends nicht durch die Unterführung gehen.",
    ),
    (B.SICHERHEIT, "Dunkler Weg zum Jugendclub", "Keine Laternen am Fußweg durch den Park."),
    (B.SONSTIGES, "Aushänge werden abgerissen", "Plakate der Träger im Viertel halten keinen Tag."),
]
