"""The fields of an offer that people edit: the one list.

The form page shows them in these sections, in this order; the form (forms.py), the JSON
values of proposals and their diff (werte.py, vergleich.py), and the admin's import and
export columns (ressourcen.py) all derive their field lists from here. A new field is added
here, on the model, and in the templates that show it.
"""

from django.utils.translation import gettext_lazy as _

# (legend, field names). "Wann" also holds the weekly times (a formset of their own).
ABSCHNITTE = [
    (_("Was"), ["titel", "beschreibung", "kategorien"]),
    (_("Für wen"), ["zielgruppen", "alter_von", "alter_bis", "geschlecht", "sprachen"]),
    (_("Wo"), ["einrichtungen", "sozialraeume", "barrierefrei"]),
    (_("Wann"), ["zeiten_hinweis", "gueltig_von", "gueltig_bis"]),
    (_("Bedingungen"), ["kosten", "kosten_hinweis", "ermaessigt_moeglich", "anmeldung"]),
    (_("Kontakt für Rückfragen"), ["telefon", "email", "website"]),
]
# The section field before which the weekly times stand.
WANN = "zeiten_hinweis"
ZEITEN = "zeiten"

# The model fields of the form, in the page's order.
FELDER = [feld for _titel, felder in ABSCHNITTE for feld in felder]
# All values of an offer in the page's order, the weekly times included.
MIT_ZEITEN = [*FELDER[: FELDER.index(WANN)], ZEITEN, *FELDER[FELDER.index(WANN) :]]
