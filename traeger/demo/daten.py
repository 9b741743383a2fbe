"""Data tables of the demo city Musterstadt: the Träger catalogue, names, streets and texts.

Only data lives here; :mod:`traeger.demo.stammdaten` plans and loads the city from it. Everything is
fictional. The tables are kept one row per line (``fmt: off``) so that they read as tables.
"""

from dataclasses import dataclass

from ..models import Barrierefreiheit, Einrichtung, Traeger

A = Traeger.Art
E = Einrichtung.Art


def _woerter(text: str) -> list[str]:
    """A list of words, written as one string ("_" stands for a space inside a name)."""
    return [wort.replace("_", " ") for wort in text.split()]


# --- the catalogue of Träger ---------------------------------------------------------------


@dataclass(frozen=True)
class T:
    """A Träger to plan: its home Sozialraum, reach and the places it runs.

    ``orte`` items: a kind from ORTSNAMEN ("kita"), with a count ("kita*3") or a Sozialraum
    ("jugendclub@Lindenhof"), or an explicit (kind, name, Sozialraum, dative phrase).
    """

    name: str
    art: str
    heimat: str
    orte: tuple = ()
    kurz: str = ""
    oeffentlich: bool = False
    reichweite: str = "lokal"  # lokal, region, stadt
    text: str = ""


def _schule(name, sozialraum, dativ, text=""):
    return T(
        name,
        A.SCHULE,
        sozialraum,
        (("schule", name, sozialraum, dativ),),
        oeffentlich=True,
        text=text,
    )


# --- what the plan is made of ------------------------------------------------------------


@dataclass(frozen=True)
class EinrichtungPlan:
    externe_id: str
    name: str
    art: str
    dativ: str  # "im Jugendclub Lindenhof", for offer titles
    sozialraum: str  # name
    quartier: str  # schluessel
    lage: tuple[float, float]  # relative position inside the Quartier's bounding box
    felder: dict


@dataclass(frozen=True)
class PersonPlan:
    name: str
    einrichtung: str | None  # externe_id
    felder: dict


@dataclass(frozen=True)
class TraegerPlan:
    externe_id: str
    name: str
    art: str
    heimat: str
    sozialraeume: tuple[str, ...]  # names
    felder: dict
    einrichtungen: tuple[EinrichtungPlan, ...]
    personen: tuple[PersonPlan, ...]


# fmt: off
# Street stems: each Quartier gets its own "-straße", "-weg" and "-allee", all distinct.
STRASSEN = _woerter(
    "Linden Ahorn Birken Erlen Eschen Buchen Kastanien Pappel Weiden Ulmen Tannen Kiefern "
    "Eichen Rosen Tulpen Nelken Flieder Veilchen Lilien Dahlien Amsel Drossel Finken Lerchen "
    "Meisen Schwalben Kranich Reiher Goethe Schiller Lessing Heine Fontane Humboldt Kant "
    "Mozart Bach Händel Beethoven Brahms Hafen Mühlen Brunnen Markt Kirch Schul Garten Feld "
    "Wiesen Wald Berg Sonnen Friedens Rathaus Post Bahnhof Ufer Deich Heide Auen"
)

TRAEGER_KATALOG: tuple[T, ...] = (
    # Wohlfahrtsverbände
    T("Diakonie Musterstadt", A.WOHLFAHRTSVERBAND, "Altstadt-Nord", ("buero@Altstadt-Nord", "familienzentrum*3", "beratung_efb*2", "beratung_schuldner", "beratung_migration", "jugendclub*3", "kita*4", "stadtteiltreff*2"), kurz="Diakonie", reichweite="stadt"),
    T("AWO Kreisverband Musterstadt e.V.", A.WOHLFAHRTSVERBAND, "Oststadt", ("buero@Oststadt", "kita*6", "familienzentrum*3", "jugendclub*3", "beratung_efb", "beratung_schuldner", "beratung_migration", "stadtteiltreff*2"), kurz="AWO", reichweite="stadt"),
    T("Caritasverband Musterstadt e.V.", A.WOHLFAHRTSVERBAND, "Südstadt", ("buero@Südstadt", "kita*3", "beratung_migration*2", "beratung_schwanger", "beratung_efb", "beratung_schuldner", "familienzentrum*3", "jugendclub*2"), kurz="Caritas", reichweite="stadt"),
    T("DRK Kreisverband Musterstadt e.V.", A.WOHLFAHRTSVERBAND, "Weststadt", ("buero@Weststadt", "kita*5", "jugendclub*3", "familienzentrum*2", "stadtteiltreff*2", "beratung_migration"), kurz="DRK", reichweite="stadt"),
    T("Der Paritätische Musterstadt", A.WOHLFAHRTSVERBAND, "Bahnhofsviertel", ("buero@Bahnhofsviertel", ("beratungsstelle", "Selbsthilfe-Kontaktstelle Musterstadt", "Bahnhofsviertel", "in der")), kurz="Paritätischer", reichweite="stadt", text="Dachverband von rund 60 gemeinnützigen Vereinen und Initiativen in Musterstadt. Berät Mitgliedsorganisationen, vernetzt Selbsthilfegruppen und vertritt die freie Wohlfahrtspflege in der AG nach § 78 SGB VIII."),
    T("Volkssolidarität Musterstadt e.V.", A.WOHLFAHRTSVERBAND, "Sonnenberg", ("stadtteiltreff*3", "kita*4", "familienzentrum"), kurz="Volkssolidarität", reichweite="region"),
    T("Arbeiter-Samariter-Bund Musterstadt e.V.", A.WOHLFAHRTSVERBAND, "Gartenstadt", ("kita*3", "jugendclub*2", "familienzentrum"), kurz="ASB", reichweite="region"),
    # öffentliche Träger
    T("Jugendamt Musterstadt", A.JUGENDAMT, "Altstadt-Nord", (
        ("buero", "Regionaler Sozialer Dienst Nord", "Altstadt-Nord", "beim Regionalen Sozialen Dienst Nord"),
        ("buero", "Regionaler Sozialer Dienst Ost", "Oststadt", "beim Regionalen Sozialen Dienst Ost"),
        ("buero", "Regionaler Sozialer Dienst Süd", "Südstadt", "beim Regionalen Sozialen Dienst Süd"),
        ("buero", "Regionaler Sozialer Dienst West", "Weststadt", "beim Regionalen Sozialen Dienst West"),
        ("beratungsstelle", "Städtische Erziehungs- und Familienberatungsstelle Nord", "Am Stadtpark", "in der Städtischen Erziehungs- und Familienberatungsstelle Nord"),
        ("beratungsstelle", "Städtische Erziehungs- und Familienberatungsstelle Süd", "Kastanienhof", "in der Städtischen Erziehungs- und Familienberatungsstelle Süd"),
        ("beratungsstelle", "Kinder- und Jugendnotdienst Musterstadt", "Bahnhofsviertel", "beim Kinder- und Jugendnotdienst"),
        ("jugendclub", "Kommunales Jugendfreizeitzentrum Nordheide", "Nordheide", "im Kommunalen Jugendfreizeitzentrum Nordheide"),
        ("jugendclub", "Kommunales Jugendfreizeitzentrum Rosenau", "Rosenau", "im Kommunalen Jugendfreizeitzentrum Rosenau"),
        ("jugendclub", "Kommunales Jugendfreizeitzentrum Feldmark", "Feldmark", "im Kommunalen Jugendfreizeitzentrum Feldmark"),
        ("jugendclub", "Kommunales Jugendfreizeitzentrum Ahornfeld", "Ahornfeld", "im Kommunalen Jugendfreizeitzentrum Ahornfeld"),
        ("buero", "Mobile Jugendarbeit des Jugendamts", "Weststadt", "bei der Mobilen Jugendarbeit des Jugendamts"),
    ), oeffentlich=True, reichweite="stadt", text="Öffentlicher Träger der Kinder- und Jugendhilfe in Musterstadt: Regionale Soziale Dienste in den vier Regionalräumen, Jugendhilfeplanung, Sozialraumkoordination, kommunale Jugendfreizeiteinrichtungen und Beratungsstellen."),
    T("Stadtbibliothek Musterstadt", A.BEHOERDE, "Altstadt-Nord", (
        ("bibliothek", "Zentralbibliothek Musterstadt", "Altstadt-Nord", "in der"),
        ("bibliothek", "Stadtteilbibliothek Lindenhof", "Lindenhof", "in der"),
        ("bibliothek", "Stadtteilbibliothek Oststadt", "Oststadt", "in der"),
        ("bibliothek", "Stadtteilbibliothek Südstadt", "Südstadt", "in der"),
        ("bibliothek", "Stadtteilbibliothek Mühlenbach", "Mühlenbach", "in der"),
        ("bibliothek", "Stadtteilbibliothek Weststadt", "Weststadt", "in der"),
        ("bibliothek", "Stadtteilbibliothek Gartenstadt", "Gartenstadt", "in der"),
    ), oeffentlich=True, reichweite="stadt", text="Zentralbibliothek und sechs Stadtteilbibliotheken mit Kinder- und Jugendbereich, Lernplätzen, kostenlosem WLAN und Leseförderung für Kitas und Schulen."),
    T("Volkshochschule Musterstadt", A.BEHOERDE, "Altstadt-Nord", (("sonstige", "VHS-Bildungszentrum am Markt", "Altstadt-Nord", "im"), ("sonstige", "VHS-Lernzentrum Südstadt", "Südstadt", "im")), oeffentlich=True, reichweite="stadt", text="Kommunale Weiterbildungseinrichtung mit Integrations- und Sprachkursen, Elternbildung, Grundbildung und Kursen zum Nachholen von Schulabschlüssen."),
    T("Gesundheitsamt Musterstadt", A.BEHOERDE, "Oststadt", (("beratungsstelle", "Kinder- und Jugendgesundheitsdienst", "Oststadt", "beim"),), oeffentlich=True, reichweite="stadt", text="Kinder- und Jugendgesundheitsdienst, Schuleingangsuntersuchungen, Familienhebammen und die Koordinierungsstelle Frühe Hilfen der Stadt Musterstadt."),
    T("Musikschule Musterstadt", A.BEHOERDE, "Schlossberg", (("sonstige", "Musikschule Musterstadt", "Schlossberg", "in der"), ("sonstige", "Musikschule – Zweigstelle Eichengrund", "Eichengrund", "in der")), oeffentlich=True, reichweite="stadt"),
    T("Jobcenter Musterstadt", A.BEHOERDE, "Bahnhofsviertel", (("beratungsstelle", "Jugendberufsagentur Musterstadt", "Bahnhofsviertel", "in der"),), oeffentlich=True, reichweite="stadt", text="Gemeinsam mit Agentur für Arbeit und Jugendamt betreibt das Jobcenter die Jugendberufsagentur: Beratung zu Ausbildung, Studium und Arbeit für junge Menschen unter 25 unter einem Dach."),
    # Schulen
    _schule("Grundschule am Stadtpark", "Am Stadtpark", "an der"),
    _schule("Lindenhof-Grundschule", "Lindenhof", "an der"),
    _schule("Grundschule an der Hafenkante", "Hafenviertel", "an der"),
    _schule("Grundschule Nordheide", "Nordheide", "an der"),
    _schule("Gemeinschaftsschule Altstadt", "Altstadt-Nord", "an der"),
    _schule("Pestalozzi-Grundschule", "Oststadt", "an der"),
    _schule("Eichengrund-Grundschule", "Eichengrund", "an der"),
    _schule("Gesamtschule Sonnenberg", "Sonnenberg", "an der"),
    _schule("Grundschule Rosenau", "Rosenau", "an der"),
    _schule("Berufsbildende Schulen Musterstadt", "Bahnhofsviertel", "an den"),
    _schule("Astrid-Lindgren-Grundschule", "Südstadt", "an der"),
    _schule("Mühlenbach-Grundschule", "Mühlenbach", "an der"),
    _schule("Oberschule Kastanienhof", "Kastanienhof", "an der"),
    _schule("Förderzentrum am Wasserturm", "Am Wasserturm", "am"),
    _schule("Grundschule Feldmark", "Feldmark", "an der"),
    _schule("Humboldt-Gymnasium", "Weststadt", "am"),
    _schule("Grundschule Birkenwalde", "Birkenwalde", "an der"),
    _schule("Schlossberg-Gymnasium", "Schlossberg", "am"),
    _schule("Gartenstadt-Grundschule", "Gartenstadt", "an der"),
    _schule("Gemeinschaftsschule Ahornfeld", "Ahornfeld", "an der"),
    _schule("Grundschule Sonnenberg", "Sonnenberg", "an der"),
    _schule("Oberschule Oststadt", "Oststadt", "an der"),
    # Kita-Träger
    T("Kita-Eigenbetrieb Musterstadt", A.KITA_TRAEGER, "Altstadt-Nord", ("kita*12",), oeffentlich=True, reichweite="stadt", text="Städtischer Eigenbetrieb mit zehn Kitas in allen Regionalräumen; Schwerpunkte Sprachbildung, Inklusion und Zusammenarbeit mit Familienzentren."),
    T("Kinderwelt Musterstadt gGmbH", A.KITA_TRAEGER, "Eichengrund", ("kita*8",), reichweite="stadt"),
    T("Kitas im Kiez gGmbH", A.KITA_TRAEGER, "Südstadt", ("kita*6",), reichweite="region"),
    T("Evangelischer Kita-Verbund Musterstadt", A.KITA_TRAEGER, "Altstadt-Nord", ("kita_ev*5",), reichweite="stadt"),
    T("Montessori-Kinderhaus Musterstadt e.V.", A.KITA_TRAEGER, "Schlossberg", (("kita", "Montessori-Kinderhaus Schlossberg", "Schlossberg", "im"),)),
    T("Waldkindergarten Birkenwalde e.V.", A.KITA_TRAEGER, "Birkenwalde", (("kita", "Waldkindergarten Birkenwalde", "Birkenwalde", "im"),)),
    T("Bilinguale Kitas Musterstadt gGmbH", A.KITA_TRAEGER, "Bahnhofsviertel", ("kita*2",), reichweite="region", text="Zweisprachige Kitas (Deutsch–Englisch und Deutsch–Arabisch) mit muttersprachlichen Fachkräften."),
    # Kirchengemeinden
    T("Ev. Kirchengemeinde St. Marien Musterstadt", A.KIRCHE, "Altstadt-Nord", (("stadtteiltreff", "Gemeindehaus St. Marien", "Altstadt-Nord", "im"), ("kita", "Ev. Kita St. Marien", "Altstadt-Nord", "in der"))),
    T("Kath. Pfarrei St. Josef Musterstadt", A.KIRCHE, "Oststadt", (("stadtteiltreff", "Gemeindezentrum St. Josef", "Oststadt", "im"), ("kita", "Kath. Kita St. Josef", "Oststadt", "in der"), ("jugendclub", "Jugendkeller St. Josef", "Oststadt", "im"))),
    T("Ev. Kirchengemeinde Lindenhof", A.KIRCHE, "Lindenhof", (("stadtteiltreff", "Gemeindehaus an der Lukaskirche", "Lindenhof", "im"),)),
    T("Ev. Kirchengemeinde St. Johannis Hafenviertel", A.KIRCHE, "Hafenviertel", (("stadtteiltreff", "Gemeindehaus St. Johannis", "Hafenviertel", "im"),)),
    T("Kath. Gemeinde Heilig Kreuz", A.KIRCHE, "Südstadt", (("jugendclub", "Jugendkeller Heilig Kreuz", "Südstadt", "im"), ("stadtteiltreff", "Pfarrsaal Heilig Kreuz", "Südstadt", "im"))),
    T("Ev. Kirchengemeinde Sonnenberg", A.KIRCHE, "Sonnenberg", (("stadtteiltreff", "Gemeindehaus Sonnenberg", "Sonnenberg", "im"),)),
    T("Evangelische Jugend im Kirchenkreis Musterstadt", A.KIRCHE, "Schlossberg", (("jugendclub", "Ev. Jugendhaus Schlossberg", "Schlossberg", "im"), ("jugendclub", "Ev. Jugendhaus Mühlenbach", "Mühlenbach", "im")), reichweite="stadt"),
    T("Ev.-methodistische Gemeinde Weststadt", A.KIRCHE, "Weststadt", (("stadtteiltreff", "Gemeindezentrum Friedenskirche", "Weststadt", "im"),)),
    # Stiftungen
    T("Bürgerstiftung Musterstadt", A.STIFTUNG, "Altstadt-Nord", reichweite="stadt", text="Fördert Projekte für Kinder und Jugendliche, vermittelt Lese- und Lernpatenschaften und vergibt jährlich den Musterstädter Ehrenamtspreis."),
    T("Stiftung Lesewelt Musterstadt", A.STIFTUNG, "Am Stadtpark", reichweite="stadt"),
    T("Stiftung Kinderzukunft Musterstadt", A.STIFTUNG, "Mühlenbach", (("kinderfarm", "Kinderbauernhof Mühlenbach", "Mühlenbach", "auf dem"),), reichweite="stadt"),
    T("Sparkassenstiftung für Bildung Musterstadt", A.STIFTUNG, "Altstadt-Nord", reichweite="stadt"),
    # gGmbH
    T("Jugendhilfe Musterstadt gGmbH", A.GGMBH, "Hafenviertel", ("jugendclub*4", "beratung_efb", "beratung_jugend"), reichweite="stadt"),
    T("Lebenswege Jugendhilfe gGmbH", A.GGMBH, "Eichengrund", ("beratung_ambulant", "familienzentrum", "jugendclub"), reichweite="region"),
    T("Brücke – Gesellschaft für Familienhilfe gGmbH", A.GGMBH, "Südstadt", ("beratung_ambulant", "familienzentrum*2"), reichweite="region"),
    T("Perspektive Ausbildung gGmbH", A.GGMBH, "Bahnhofsviertel", (("sonstige", "Jugendwerkstatt Bahnhofsviertel", "Bahnhofsviertel", "in der"), ("sonstige", "Jugendberufshilfe Weststadt", "Weststadt", "in der")), reichweite="stadt"),
    T("Sozialwerk Elbaue gGmbH", A.GGMBH, "Feldmark", ("jugendclub*3", "stadtteiltreff*2", "familienzentrum"), reichweite="region"),
    T("Kompass Kinder- und Jugendhilfe gGmbH", A.GGMBH, "Weststadt", ("jugendclub*2", "beratung_ambulant"), reichweite="region"),
    T("Stadtteilarbeit Musterstadt gGmbH", A.GGMBH, "Rosenau", ("stadtteiltreff*5",), reichweite="stadt"),
    T("Sprungbrett Bildung gGmbH", A.GGMBH, "Gartenstadt", (("sonstige", "Lernwerkstatt Gartenstadt", "Gartenstadt", "in der"), ("sonstige", "Lernwerkstatt Oststadt", "Oststadt", "in der")), reichweite="stadt"),
    T("Familienwerk Musterstadt gGmbH", A.GGMBH, "Nordheide", ("familienzentrum*4",), reichweite="region"),
    T("Mobile Jugendarbeit Musterstadt gGmbH", A.GGMBH, "Bahnhofsviertel", (("buero", "Streetwork-Büro Bahnhofsviertel", "Bahnhofsviertel", "im"), ("buero", "Streetwork-Büro Südstadt", "Südstadt", "im")), reichweite="stadt"),
    T("Inklusion leben gGmbH", A.GGMBH, "Kastanienhof", (("beratungsstelle", "Beratungsstelle Inklusion und Teilhabe", "Kastanienhof", "in der"), ("jugendclub", "Inklusiver Jugendtreff Kastanienhof", "Kastanienhof", "im Inklusiven Jugendtreff Kastanienhof")), reichweite="stadt"),
    T("Hilfen aus einer Hand gGmbH", A.GGMBH, "Ahornfeld", ("beratung_ambulant", "jugendclub"), reichweite="region"),
    # Initiativen
    T("Elterninitiative Kinderladen Pusteblume e.V.", A.INITIATIVE, "Am Stadtpark", (("kita", "Kinderladen Pusteblume", "Am Stadtpark", "im"),)),
    T("Initiative Willkommen in Oststadt", A.INITIATIVE, "Oststadt"),
    T("Elterninitiative Spielplatz Rosenau", A.INITIATIVE, "Rosenau"),
    T("Bürgerinitiative Grüner Winkel", A.INITIATIVE, "Kastanienhof"),
    T("Väterinitiative Papa-Zeit Musterstadt", A.INITIATIVE, "Eichengrund", reichweite="stadt"),
    T("Elterninitiative Inklusion Musterstadt", A.INITIATIVE, "Weststadt", reichweite="stadt"),
    T("Initiative Kinderküche Südstadt", A.INITIATIVE, "Südstadt"),
    T("Mieterinitiative Hochhausring", A.INITIATIVE, "Weststadt"),
    T("Jugendinitiative Skatepark Weststadt", A.INITIATIVE, "Weststadt"),
    # Nachbarschaftshilfe / Ehrenamt
    T("Nachbarschaftshilfe Lindenhof e.V.", A.NACHBARSCHAFT, "Lindenhof", (("stadtteiltreff", "Nachbarschaftsladen Lindenhof", "Lindenhof", "im"),)),
    T("Nachbarschaftshilfe Sonnenberg", A.NACHBARSCHAFT, "Sonnenberg"),
    T("Ehrenamtsbörse Musterstadt", A.NACHBARSCHAFT, "Altstadt-Nord", (("buero", "Freiwilligenagentur am Rathaus", "Altstadt-Nord", "in der"),), reichweite="stadt"),
    T("Lesepaten Musterstadt", A.NACHBARSCHAFT, "Am Stadtpark", reichweite="stadt"),
    T("Familienpaten Weststadt", A.NACHBARSCHAFT, "Weststadt", reichweite="region"),
    T("Repair-Café Ahornfeld", A.NACHBARSCHAFT, "Ahornfeld"),
    T("Leihgroßeltern-Netzwerk Musterstadt", A.NACHBARSCHAFT, "Gartenstadt", reichweite="stadt"),
    T("Nachbarschaftsnetz Mühlenbach", A.NACHBARSCHAFT, "Mühlenbach"),
    # Sportvereine
    T("TSV Musterstadt 1887 e.V.", A.SPORTVEREIN, "Nordheide", ("sport*2", "sport@Am Stadtpark"), reichweite="region", text="Größter Sportverein der Stadt mit 2.400 Mitgliedern in 18 Abteilungen, von Kinderturnen bis Handball; Kooperationen mit fünf Grundschulen."),
    T("SV Blau-Weiß Hafenviertel e.V.", A.SPORTVEREIN, "Hafenviertel", ("sport",)),
    T("FC Oststadt 09 e.V.", A.SPORTVEREIN, "Oststadt", ("sport",)),
    T("Turnverein Südstadt 1896 e.V.", A.SPORTVEREIN, "Südstadt", ("sport*2",)),
    T("Schwimmverein Delphin Musterstadt e.V.", A.SPORTVEREIN, "Mühlenbach", (("sportstaette", "Schwimmhalle Mühlenbach", "Mühlenbach", "in der"),), reichweite="stadt"),
    T("Boxclub Eichengrund e.V.", A.SPORTVEREIN, "Eichengrund", (("sportstaette", "Boxhalle Eichengrund", "Eichengrund", "in der"),)),
    T("Judo-Club Weststadt e.V.", A.SPORTVEREIN, "Weststadt", ("sport",)),
    T("SG Birkenwalde 1921 e.V.", A.SPORTVEREIN, "Birkenwalde", ("sport*2",)),
    T("Basketballverein Musterstadt Baskets e.V.", A.SPORTVEREIN, "Schlossberg", ("sport",), reichweite="stadt"),
    T("Kanu-Club Mühlenbach e.V.", A.SPORTVEREIN, "Feldmark", (("sportstaette", "Bootshaus am Kanal", "Feldmark", "im"),)),
    T("Tanzsportclub Rot-Gold Musterstadt e.V.", A.SPORTVEREIN, "Rosenau", ("sport",), reichweite="stadt"),
    T("Rollsportverein Rollwerk e.V.", A.SPORTVEREIN, "Weststadt", (("sportstaette", "Skatehalle Rollwerk", "Weststadt", "in der"),)),
    T("Schachclub Springer Musterstadt e.V.", A.SPORTVEREIN, "Altstadt-Nord"),
    T("Radsportverein Sonnenberg e.V.", A.SPORTVEREIN, "Sonnenberg"),
    T("SV Gartenstadt 1950 e.V.", A.SPORTVEREIN, "Gartenstadt", ("sport",)),
    # sonstige
    T("Wohnungsbaugenossenschaft Musterstadt eG", A.SONSTIGE, "Weststadt", (("stadtteiltreff", "Nachbarschaftstreff am Hochhausring", "Weststadt", "im"),), reichweite="region"),
    T("Quartiersmanagement Bahnhofsviertel", A.SONSTIGE, "Bahnhofsviertel", (("stadtteiltreff", "Stadtteilbüro Bahnhofsviertel", "Bahnhofsviertel", "im"),)),
    T("Hebammenpraxis Storchennest", A.SONSTIGE, "Eichengrund", (("sonstige", "Hebammenpraxis Storchennest", "Eichengrund", "in der"),)),
    T("Kinder- und Jugendzahnärztlicher Dienst Musterstadt", A.SONSTIGE, "Oststadt", reichweite="stadt"),
    # Vereine
    T("Kiezküche Hafenviertel e.V.", A.VEREIN, "Hafenviertel", (("stadtteiltreff", "Stadtteilküche am Hafen", "Hafenviertel", "in der"),), text="Nachbarinnen und Nachbarn kochen gemeinsam, günstig und gesund; dazu Kochkurse für Kinder und Jugendliche und ein Mittagstisch für alle."),
    T("Stadtteilverein Lindenhof e.V.", A.VEREIN, "Lindenhof", (("stadtteiltreff", "Stadtteiltreff Lindenhof", "Lindenhof", "im"),)),
    T("Deutsch-Arabischer Familienverein Musterstadt e.V.", A.VEREIN, "Lindenhof", (("stadtteiltreff", "Familientreff „Al-Bustan“", "Lindenhof", "im"),), reichweite="stadt", text="Familien aus Syrien, dem Irak, dem Libanon und Deutschland helfen einander: Lernhilfe, Elterntreffs, Begleitung zu Ämtern und arabischsprachige Informationsabende."),
    T("Bürgerhaus Südstadt e.V.", A.VEREIN, "Südstadt", (("stadtteiltreff", "Bürgerhaus Südstadt", "Südstadt", "im"),)),
    T("Frauen- und Familienzentrum Rosenau e.V.", A.VEREIN, "Rosenau", (("familienzentrum", "Frauen- und Familienzentrum Rosenau", "Rosenau", "im"),)),
    T("Mädchenhaus Musterstadt e.V.", A.VEREIN, "Oststadt", (("jugendclub", "Mädchenhaus „Lila Villa“", "Oststadt", "im"),), reichweite="stadt"),
    T("Jugendkunstschule Musterstadt e.V.", A.VEREIN, "Altstadt-Nord", (("sonstige", "Jugendkunstschule im Kulturspeicher", "Altstadt-Nord", "in der"),), reichweite="stadt"),
    T("Kinder- und Jugendzirkus Manegentraum e.V.", A.VEREIN, "Feldmark", (("sonstige", "Zirkuszelt Manegentraum", "Feldmark", "im"),), reichweite="stadt"),
    T("Jugendtheater Rampenlicht e.V.", A.VEREIN, "Schlossberg", (("sonstige", "Theaterwerkstatt Rampenlicht", "Schlossberg", "in der"),), reichweite="stadt"),
    T("Medienwerkstatt Musterstadt e.V.", A.VEREIN, "Bahnhofsviertel", (("sonstige", "Medienwerkstatt im Bahnhofsviertel", "Bahnhofsviertel", "in der"),), reichweite="stadt"),
    T("Kinderfarm Feldmark e.V.", A.VEREIN, "Feldmark", (("kinderfarm", "Kinderfarm Feldmark", "Feldmark", "auf der"),)),
    T("Abenteuerspielplatz Weststadt e.V.", A.VEREIN, "Weststadt", (("kinderfarm", "Abenteuerspielplatz Weststadt", "Weststadt", "auf dem"),)),
    T("Deutsch-Türkischer Elternverein Musterstadt e.V.", A.VEREIN, "Oststadt", (("stadtteiltreff", "Elterntreff „Köprü“", "Oststadt", "im"),), reichweite="stadt"),
    T("Ukrainischer Familienverein Soniashnyk e.V.", A.VEREIN, "Südstadt", reichweite="stadt"),
    T("Interkultureller Frauenverein Brücke e.V.", A.VEREIN, "Bahnhofsviertel", (("stadtteiltreff", "Frauentreff Brücke", "Bahnhofsviertel", "im"),)),
    T("Förderverein Jugendclub Nordheide e.V.", A.VEREIN, "Nordheide", (("jugendclub", "Jugendclub Nordheide", "Nordheide", "im"),)),
    T("Stadtteilverein Eichengrund e.V.", A.VEREIN, "Eichengrund", ("stadtteiltreff",)),
    T("Lernen fördern Musterstadt e.V.", A.VEREIN, "Weststadt", (("sonstige", "Lernwerkstatt Weststadt", "Weststadt", "in der"),)),
    T("Familienbildungsstätte Musterstadt e.V.", A.VEREIN, "Altstadt-Nord", (("familienzentrum", "Familienbildungsstätte Musterstadt", "Altstadt-Nord", "in der"), ("familienzentrum", "Familienbildungsstätte – Außenstelle Sonnenberg", "Sonnenberg", "in der")), reichweite="stadt"),
    T("Familienplanungszentrum Musterstadt e.V.", A.VEREIN, "Oststadt", (("beratungsstelle", "Beratungszentrum für Familienplanung und Sexualität", "Oststadt", "im"),), reichweite="stadt"),
    T("Leselust – Verein für Sprach- und Leseförderung e.V.", A.VEREIN, "Kastanienhof", reichweite="region"),
    T("Väterzentrum Musterstadt e.V.", A.VEREIN, "Sonnenberg", (("familienzentrum", "Väterzentrum Sonnenberg", "Sonnenberg", "im"),), reichweite="stadt"),
    T("Netzwerk Alleinerziehende Musterstadt e.V.", A.VEREIN, "Gartenstadt", (("stadtteiltreff", "Alleinerziehendentreff Gartenstadt", "Gartenstadt", "im"),), reichweite="stadt"),
    T("Kinderschutzbund Ortsverband Musterstadt e.V.", A.VEREIN, "Altstadt-Nord", (("beratungsstelle", "Kinderschutz-Zentrum Musterstadt", "Altstadt-Nord", "im"), ("familienzentrum", "Kinderhaus Blauer Elefant", "Oststadt", "im")), reichweite="stadt"),
    T("Schuldnerberatung Musterstadt e.V.", A.VEREIN, "Bahnhofsviertel", (("beratungsstelle", "Schuldner- und Insolvenzberatung am Bahnhof", "Bahnhofsviertel", "in der"),), reichweite="stadt"),
    T("Russischsprachiger Elternverein Raduga e.V.", A.VEREIN, "Ahornfeld", reichweite="stadt"),
    T("Afghanischer Kulturverein Musterstadt e.V.", A.VEREIN, "Südstadt", reichweite="stadt"),
    T("Polnischer Familienverein Most e.V.", A.VEREIN, "Weststadt", reichweite="stadt"),
    T("Kurdischer Elternverein Musterstadt e.V.", A.VEREIN, "Lindenhof", reichweite="stadt"),
    T("Musterstädter Tafel e.V.", A.VEREIN, "Bahnhofsviertel", (("sonstige", "Tafel-Ausgabestelle Bahnhofsviertel", "Bahnhofsviertel", "in der"), ("sonstige", "Tafel-Ausgabestelle Weststadt", "Weststadt", "in der")), reichweite="stadt"),
    T("Spielmobil Musterstadt e.V.", A.VEREIN, "Mühlenbach", reichweite="stadt"),
    T("Kinderkulturhaus am Stadtpark e.V.", A.VEREIN, "Am Stadtpark", (("sonstige", "Kinderkulturhaus am Stadtpark", "Am Stadtpark", "im"),)),
    T("Förderverein der Grundschule am Stadtpark e.V.", A.VEREIN, "Am Stadtpark"),
    T("Schülerladen Rasselbande e.V.", A.VEREIN, "Kastanienhof", (("jugendclub", "Schülerladen Rasselbande", "Kastanienhof", "im"),)),
    T("Jugendhaus Sonnenberg e.V.", A.VEREIN, "Sonnenberg", (("jugendclub", "Jugendhaus Sonnenberg", "Sonnenberg", "im"),)),
    T("Pfadfinderschaft Stamm Greif Musterstadt e.V.", A.VEREIN, "Birkenwalde", (("sonstige", "Pfadfinderheim Birkenwalde", "Birkenwalde", "im"),)),
    T("Naturschutzjugend Musterstadt e.V.", A.VEREIN, "Feldmark", reichweite="stadt"),
    T("Stadtteilverein Schlossberg e.V.", A.VEREIN, "Schlossberg", ("stadtteiltreff",)),
    T("Bürgerverein Ahornfeld e.V.", A.VEREIN, "Ahornfeld", ("stadtteiltreff",)),
    T("Stadtteilzentrum Kastanienhof e.V.", A.VEREIN, "Kastanienhof", (("stadtteiltreff", "Stadtteilzentrum Kastanienhof", "Kastanienhof", "im"),)),
    T("Gemeinwesenverein Rosenau e.V.", A.VEREIN, "Rosenau", ("stadtteiltreff",)),
    T("Nachbarschaftsheim Birkenwalde e.V.", A.VEREIN, "Birkenwalde", (("stadtteiltreff", "Nachbarschaftsheim Birkenwalde", "Birkenwalde", "im"),)),
    T("Kulturverein Alte Ziegelei e.V.", A.VEREIN, "Kastanienhof", (("sonstige", "Kulturzentrum Alte Ziegelei", "Kastanienhof", "im"),)),
    T("Jugendberatung Anker e.V.", A.VEREIN, "Altstadt-Nord", ("beratung_jugend",), reichweite="stadt"),
    T("Suchtprävention Klarsicht e.V.", A.VEREIN, "Oststadt", (("beratungsstelle", "Fachstelle für Suchtprävention Klarsicht", "Oststadt", "in der"),), reichweite="stadt"),
    T("Lernpaten Musterstadt e.V.", A.VEREIN, "Südstadt", reichweite="stadt"),
    T("Eltern-Kind-Verein Krabbelkiste e.V.", A.VEREIN, "Nordheide", (("familienzentrum", "Eltern-Kind-Zentrum Krabbelkiste", "Nordheide", "im"),)),
    T("Islamische Gemeinde Musterstadt e.V.", A.VEREIN, "Bahnhofsviertel", (("stadtteiltreff", "Gemeindezentrum der Islamischen Gemeinde", "Bahnhofsviertel", "im"),), reichweite="stadt"),
    T("Queeres Jugendnetzwerk Musterstadt e.V.", A.VEREIN, "Altstadt-Nord", (("jugendclub", "Queerer Jugendtreff „Regenbogenraum“", "Altstadt-Nord", "im Queeren Jugendtreff „Regenbogenraum“"),), reichweite="stadt"),
    T("Stadtteilmütter Musterstadt e.V.", A.VEREIN, "Oststadt", reichweite="stadt"),
    T("Stadtteilverein Mühlenbach e.V.", A.VEREIN, "Mühlenbach", ("stadtteiltreff",)),
    T("Bürgerverein Hafenviertel e.V.", A.VEREIN, "Hafenviertel", ("stadtteiltreff",)),
    T("Förderverein Jugendfreizeit Am Wasserturm e.V.", A.VEREIN, "Am Wasserturm", ("jugendclub",)),
    T("Stadtteilverein Am Wasserturm e.V.", A.VEREIN, "Am Wasserturm", ("stadtteiltreff", "kinderfarm")),
    T("Gemeinwesenarbeit Gartenstadt e.V.", A.VEREIN, "Gartenstadt", ("stadtteiltreff", "jugendclub")),
    T("Nachbarschaftshaus Birkenwalde-Süd e.V.", A.VEREIN, "Birkenwalde", ("stadtteiltreff",)),
    T("Kinder- und Jugendverein Nordheide e.V.", A.VEREIN, "Nordheide", ("jugendclub", "kinderfarm")),
    T("Jugendclub Altstadt e.V.", A.VEREIN, "Altstadt-Nord", ("jugendclub",)),
    T("Eltern-Kind-Treff Sonnenhang e.V.", A.VEREIN, "Eichengrund", ("familienzentrum",)),
    T("Musik für alle Musterstadt e.V.", A.VEREIN, "Rosenau", (("sonstige", "Musikwerkstatt Rosenau", "Rosenau", "in der"),), reichweite="stadt"),
    T("Integrationshilfe Musterstadt e.V.", A.VEREIN, "Bahnhofsviertel", ("beratung_migration",), reichweite="stadt"),
    T("Frühe Hilfen Netzwerk Süd e.V.", A.VEREIN, "Mühlenbach", ("familienzentrum",), reichweite="region"),
    T("Jugendkulturverein Gleis 3 e.V.", A.VEREIN, "Bahnhofsviertel", ("jugendclub",)),
    T("Familientreff Weststadt e.V.", A.VEREIN, "Weststadt", ("familienzentrum",)),
    T("Kinder- und Familienhaus Ahornfeld e.V.", A.VEREIN, "Ahornfeld", ("familienzentrum", "jugendclub")),
    T("Stadtteilverein Feldmark e.V.", A.VEREIN, "Feldmark", ("stadtteiltreff",)),
)

# Generated places: kind -> (Einrichtung.Art, [(name template, preposition for titles)]).
# {K}: short name of the Träger with a hyphen ("AWO-"), {S}: Sozialraum, {Q}: Quartier,
# {X}: a proper name.
ORTSNAMEN = {
    "jugendclub": (E.JUGENDCLUB, [("{K}Jugendclub {S}", "im"), ("{K}Kinder- und Jugendhaus {Q}", "im"), ("Jugendfreizeitzentrum „{X}“", "im"), ("{K}Jugendtreff {Q}", "im")]),
    "kita": (E.KITA, [("{K}Kita „{X}“", "in der"), ("{K}Kita {X}", "in der")]),
    "kita_ev": (E.KITA, [("Ev. Kita „{X}“", "in der")]),
    "familienzentrum": (E.FAMILIENZENTRUM, [("{K}Familienzentrum {S}", "im"), ("{K}Eltern-Kind-Zentrum {Q}", "im"), ("{K}Mehrgenerationenhaus {S}", "im")]),
    "stadtteiltreff": (E.STADTTEILTREFF, [("{K}Stadtteiltreff {Q}", "im"), ("{K}Nachbarschaftshaus {S}", "im"), ("{K}Begegnungsstätte {Q}", "in der"), ("{K}Stadtteilladen {Q}", "im")]),
    "beratung_efb": (E.BERATUNGSSTELLE, [("{K}Erziehungs- und Familienberatung {S}", "in der")]),
    "beratung_schuldner": (E.BERATUNGSSTELLE, [("{K}Schuldnerberatung {S}", "in der")]),
    "beratung_migration": (E.BERATUNGSSTELLE, [("{K}Migrationsberatung {S}", "in der")]),
    "beratung_schwanger": (E.BERATUNGSSTELLE, [("{K}Schwangerschaftsberatung {S}", "in der")]),
    "beratung_jugend": (E.BERATUNGSSTELLE, [("{K}Jugendberatung {S}", "in der")]),
    "beratung_ambulant": (E.BERATUNGSSTELLE, [("{K}Familienhilfezentrum {S}", "im"), ("{K}Erziehungs- und Familienberatung {S}", "in der")]),
    "sport": (E.SPORTSTAETTE, [("Sporthalle {Q}", "in der"), ("Sportplatz {Q}", "auf dem"), ("Vereinsheim {Q}", "im"), ("Turnhalle {Q}", "in der")]),
    "kinderfarm": (E.KINDERFARM, [("Kinderbauernhof {S}", "auf dem"), ("Abenteuerspielplatz {Q}", "auf dem")]),
    "buero": (E.BUERO, [("{K}Geschäftsstelle", "in der")]),
}
EIGENNAMEN = _woerter(
    "Sonnenschein Pusteblume Regenbogen Kunterbunt Löwenzahn Spatzennest Wirbelwind Sternschnuppe "
    "Zwergenland Sausewind Schatzkiste Wolkenschloss Rappelkiste Flohkiste Pfiffikus Abenteuerland "
    "Wiesenzwerge Bärenhöhle Mäuseburg Glühwürmchen Entdeckerland Sonnenblume Marienkäfer Kinderinsel "
    "Farbklecks Purzelbaum Kastanienkinder Hafenkinder Lindenkinder Traumfänger Seepferdchen "
    "Krümelkiste Siebenmeilenstiefel Villa_Wunderbar Zauberwald Schneckenhaus Apfelbäumchen Wühlmäuse "
    "Sternenhimmel Kleine_Strolche Weltentdecker Glückskäfer Nestwärme"
)
PRAEPOSITIONEN = {"im", "in der", "in den", "am", "an der", "an den", "auf dem", "auf der", "beim", "bei der"}
JUGENDNAMEN = _woerter("Treibhaus Funkturm Oase Kompass Leuchtturm Freiraum Baumhaus Zwischenraum Hafenkran Kiste Bunker Planet")

TRAEGERTEXTE = {
    A.WOHLFAHRTSVERBAND: ["Freier Träger der Wohlfahrtspflege mit Kitas, Jugend-, Familien- und Beratungsangeboten in ganz Musterstadt. Mitglied der AG nach § 78 SGB VIII."],
    A.SCHULE: ["Öffentliche Schule im Sozialraum {sr} mit Ganztagsangebot und Schulsozialarbeit. Kooperiert mit Jugendclubs, Sportvereinen und der Stadtteilbibliothek.", "Schule mit offenem Ganztag, Schulsozialarbeit und zahlreichen Arbeitsgemeinschaften am Nachmittag; Partnerin im Stadtteilnetzwerk {sr}."],
    A.KITA_TRAEGER: ["Träger von Kindertageseinrichtungen mit Schwerpunkt auf alltagsintegrierter Sprachbildung und enger Zusammenarbeit mit den Eltern.", "Kita-Träger mit Krippen- und Kindergartengruppen; die Häuser sind offen für Eltern-Kind-Angebote aus dem Stadtteil."],
    A.KIRCHE: ["Kirchengemeinde mit Kinder- und Jugendarbeit, Familiengottesdiensten und offenen Angeboten für alle Menschen im Stadtteil {sr}.", "Die Gemeinde stellt ihre Räume für Nachbarschaftsgruppen zur Verfügung und organisiert Kinderbibeltage, Ferienfreizeiten und Konfirmandenarbeit."],
    A.STIFTUNG: ["Gemeinnützige Stiftung, die Bildungs- und Freizeitprojekte für Kinder und Jugendliche in Musterstadt fördert und Ehrenamtliche vermittelt."],
    A.GGMBH: ["Gemeinnütziger Träger der Kinder- und Jugendhilfe mit ambulanten Hilfen zur Erziehung, offener Kinder- und Jugendarbeit und Familienangeboten.", "Freier Träger der Jugendhilfe; arbeitet sozialraumorientiert und in enger Kooperation mit dem Regionalen Sozialen Dienst."],
    A.INITIATIVE: ["Ehrenamtliche Initiative von Eltern und Nachbarinnen im Stadtteil {sr}. Treffen und Aktionen werden gemeinsam geplant; neue Mitstreiterinnen und Mitstreiter sind willkommen.", "Kleine Initiative aus dem Stadtteil {sr}, die ohne hauptamtliches Personal arbeitet und sich über Spenden und Stadtteilfonds finanziert."],
    A.NACHBARSCHAFT: ["Ehrenamtliches Netzwerk, das Nachbarschaftshilfe organisiert und Freiwillige an Familien, Kitas und Schulen vermittelt.", "Freiwillige helfen Familien im Alltag: vorlesen, begleiten, reparieren, zuhören."],
    A.SPORTVEREIN: ["Sportverein mit Kinder- und Jugendabteilung, Schnuppertrainings und Beitragsermäßigung über das Bildungs- und Teilhabepaket.", "Traditionsverein im Sozialraum {sr} mit Trainingsgruppen für Kinder und Jugendliche aller Leistungsstufen."],
    A.VEREIN: ["Gemeinnütziger Verein im Sozialraum {sr}. Aktiv in der Stadtteilarbeit und im Netzwerk der AG nach § 78 SGB VIII.", "Eingetragener Verein mit hauptamtlichen und ehrenamtlichen Mitarbeitenden, der Angebote für Kinder, Jugendliche und Familien im Stadtteil {sr} macht.", "Der Verein wurde von engagierten Bürgerinnen und Bürgern gegründet und wird durch Stadt, Stiftungen und Spenden gefördert."],
    A.BEHOERDE: ["Städtische Einrichtung der Stadt Musterstadt."],
    A.JUGENDAMT: ["Öffentlicher Träger der Kinder- und Jugendhilfe."],
    A.SONSTIGE: ["Partner im Stadtteilnetzwerk {sr}, der Angebote für Familien und Kinder unterstützt."],
}
ORTSTEXTE = {
    E.JUGENDCLUB: ["Offener Treffpunkt für Kinder und Jugendliche mit Café, Billard, Kicker, Sportraum und Werkstatt.", "Jugendfreizeiteinrichtung mit Medienraum, Tonstudio, Küche und einem großen Außengelände.", "Kleiner Jugendtreff im Erdgeschoss eines Wohnblocks mit Chillecke, Spielkonsolen und Hausaufgabenraum."],
    E.KITA: ["Kita mit Krippe und Kindergarten, Garten und Bewegungsraum.", "Kita mit offenem Konzept, Sprachbildung im Alltag und einem Elterncafé am Nachmittag.", "Kleine Kita mit altersgemischten Gruppen und naturnahem Außengelände."],
    E.FAMILIENZENTRUM: ["Anlaufstelle für Familien mit Elterncafé, Beratung, Kursen und Spielzimmer.", "Familienzentrum mit Krabbelgruppen, Elternbildung und Sprechstunden von Hebammen und Erziehungsberatung.", "Treffpunkt für Eltern mit kleinen Kindern: Café, Kursräume und Kinderbetreuung während der Angebote."],
    E.SCHULE: ["Schulgebäude mit Mensa, Sporthalle und Räumen für den Ganztag.", "Schule mit Ganztagsbereich, Schulbibliothek und einem Raum für die Schulsozialarbeit."],
    E.BERATUNGSSTELLE: ["Beratung vertraulich und kostenfrei; Termine nach Vereinbarung, auch kurzfristig.", "Beratungsstelle mit Fachkräften aus Sozialarbeit und Psychologie; Dolmetschende können hinzugezogen werden."],
    E.STADTTEILTREFF: ["Treffpunkt für die Nachbarschaft mit Café, Gruppenräumen und Küche; Räume können für Initiativen genutzt werden.", "Offenes Haus für alle Generationen mit Veranstaltungssaal, Werkstatt und Garten.", "Stadtteiltreff im ehemaligen Ladenlokal mit Café und Infobrett für den Stadtteil."],
    E.SPORTSTAETTE: ["Sporthalle und Außenplätze; Umkleiden und Duschen vorhanden.", "Vereinsgelände mit Rasenplatz, Kunstrasenplatz und Vereinsheim."],
    E.BIBLIOTHEK: ["Bibliothek mit Kinder- und Jugendbereich, Lernplätzen, kostenlosem WLAN und PCs.", "Stadtteilbibliothek mit Bilderbüchern in vielen Sprachen, Tonies und Lernplätzen für Schülerinnen und Schüler."],
    E.KINDERFARM: ["Gelände mit Ziegen, Schafen, Hühnern und Kaninchen, Lehmbackofen und Bauspielplatz.", "Naturgelände mit Tieren, Beeten, Hütten zum Bauen und einem Bauwagen als Treffpunkt."],
    E.BUERO: ["Geschäftsstelle und Verwaltung; Beratung nach telefonischer Vereinbarung."],
    E.SONSTIGE: ["Räume für Kurse, Gruppen und Werkstattarbeit.", "Eigenes Haus mit Werkstätten, Probenraum und Veranstaltungsbereich."],
}
OEFFNUNGSZEITEN = {
    E.JUGENDCLUB: ["Mo–Fr 14:00–20:00 Uhr, Sa 14:00–18:00 Uhr; in den Ferien ab 12:00 Uhr", "Di–Sa 15:00–21:00 Uhr", "Mo–Do 13:00–19:00 Uhr, Fr 13:00–21:00 Uhr"],
    E.KITA: ["Mo–Fr 6:30–17:00 Uhr", "Mo–Fr 7:00–16:30 Uhr", "Mo–Fr 6:00–18:00 Uhr"],
    E.FAMILIENZENTRUM: ["Mo–Do 9:00–17:00 Uhr, Fr 9:00–13:00 Uhr", "Mo–Fr 9:00–16:00 Uhr, Mi bis 18:00 Uhr"],
    E.SCHULE: ["Sekretariat Mo–Fr 7:30–14:00 Uhr", "Sekretariat Mo–Do 7:30–15:00 Uhr, Fr 7:30–13:00 Uhr"],
    E.BERATUNGSSTELLE: ["Mo, Di, Do 9:00–12:00 und 13:00–16:00 Uhr, Mi 13:00–18:00 Uhr; Termine nach Vereinbarung", "Telefonische Anmeldung Mo–Fr 9:00–12:00 Uhr; offene Sprechstunde Di 14:00–17:00 Uhr"],
    E.STADTTEILTREFF: ["Di–Fr 10:00–18:00 Uhr", "Mo–Fr 9:00–17:00 Uhr, Sa nach Programm", "Mo, Mi, Fr 10:00–16:00 Uhr"],
    E.SPORTSTAETTE: ["Trainingszeiten siehe Angebote; Vereinsbüro Di 17:00–19:00 Uhr", "Mo–Fr 15:00–22:00 Uhr, Sa/So nach Spielplan"],
    E.BIBLIOTHEK: ["Di–Fr 10:00–18:00 Uhr, Sa 10:00–13:00 Uhr", "Mo, Di, Do, Fr 11:00–18:00 Uhr, Sa 10:00–14:00 Uhr"],
    E.KINDERFARM: ["Di–Fr 13:00–18:00 Uhr, Sa 11:00–17:00 Uhr (Winter bis 16:30 Uhr)", "Mo–Fr 14:00–18:00 Uhr, in den Ferien ab 10:00 Uhr"],
    E.BUERO: ["Mo–Do 8:00–16:00 Uhr, Fr 8:00–13:00 Uhr", "Mo–Fr 9:00–15:00 Uhr"],
    E.SONSTIGE: ["Mo–Fr 9:00–18:00 Uhr", "nach Kursplan"],
}
BARRIEREN = {
    Barrierefreiheit.JA: ["Stufenloser Zugang, barrierefreies WC", "Aufzug vorhanden, Türen mindestens 90 cm breit, barrierefreies WC", "Ebenerdiger Eingang, Leitsystem für blinde Menschen"],
    Barrierefreiheit.TEILWEISE: ["Erdgeschoss stufenlos, Obergeschoss nur über Treppe", "Rampe am Seiteneingang, kein barrierefreies WC", "Zwei Stufen am Eingang, mobile Rampe auf Nachfrage"],
    Barrierefreiheit.NEIN: ["Eingang über fünf Stufen, kein Aufzug", "Räume im 2. Obergeschoss ohne Aufzug"],
    Barrierefreiheit.UNBEKANNT: [""],
}
VORNAMEN = _woerter(
    "Anna Julia Katrin Sabine Fatma Leyla Olena Natalia Katarzyna Mariam Aylin Svetlana Maria Sarah "
    "Jana Nadine Birgit Elif Amira Hanna Lena Claudia Petra Yasemin Zeynep Iryna Monika Nora Ronja "
    "Tanja Jonas Thomas Michael Mehmet Ali Dmytro Piotr Sven Jan Lukas Stefan Ahmad Omar Kemal "
    "Andreas Tobias Daniel Florian Karim Yusuf Matthias Oleksandr Paul Bernd Holger Emre Hamid Felix"
)
NACHNAMEN = _woerter(
    "Albers Bauer Becker Brandt Dietrich Engel Friedrich Hartmann Hoffmann Jansen Keller Klein Krüger "
    "Lehmann Lorenz Meier Neumann Peters Richter Schröder Schulz Seidel Voigt Vogel Wagner Winkler "
    "Wolff Ziegler Yılmaz Demir Kaya Öztürk Kowalski Nowak Petrenko Kovalenko Haddad Hassan Rahimi "
    "Nguyen Popescu Böhm Fuchs Günther Hahn Heinrich Kühn Sommer Arslan Schwarz"
)
FUNKTIONEN = {
    A.WOHLFAHRTSVERBAND: ["Geschäftsführung", "Bereichsleitung Kinder, Jugend und Familie", "Fachbereichsleitung Kitas", "Koordination Familienzentren", "Referentin für Jugendhilfe"],
    A.JUGENDAMT: ["Amtsleitung", "Sozialraumkoordination Nord", "Sozialraumkoordination Süd", "Jugendhilfeplanung", "Teamleitung Regionaler Sozialer Dienst", "Koordinierungsstelle Frühe Hilfen"],
    A.SCHULE: ["Schulleitung", "Schulsozialarbeit", "Ganztagskoordination", "stellv. Schulleitung"],
    A.KITA_TRAEGER: ["Geschäftsführung", "Fachberatung", "Kita-Leitung"],
    A.KIRCHE: ["Pfarrerin", "Pfarrer", "Gemeindepädagogin", "Jugendreferent"],
    A.SPORTVEREIN: ["Vorsitz", "Jugendwart", "Jugendwartin", "Übungsleitung Kinderturnen"],
}
FUNKTIONEN_STANDARD = ["Vorsitz", "Geschäftsführung", "Projektleitung", "Koordination Ehrenamt", "Sozialarbeiterin", "Sozialpädagoge", "Einrichtungsleitung"]
EINWILLIGUNGEN = [
    "Name, Funktion und Dienst-Telefon auf öffentlichen Seiten",
    "Name, Funktion, Dienst-Telefon und Dienst-E-Mail im öffentlichen Angebotsverzeichnis",
    "Name und Funktion öffentlich; Kontakt nur über die Geschäftsstelle",
]
UMLAUTE = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss"), ("ı", "i"))
# fmt: on
