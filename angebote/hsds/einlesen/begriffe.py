"""Terms, languages and areas of an HSDS file: found in the registry, or created and reported.

- A taxonomy term is found by its UUID (Kategorie or Zielgruppe), else by its name in the
  vocabulary it belongs to (two registries seed the same SGB VIII fields under different
  ids), else created there with the file's UUID and listed in the report. A term of a
  vocabulary that is neither our Kategorien nor our Zielgruppen becomes a Kategorie (it
  says what an offer is about; the review shows it) and the report says so. Kategorien
  and Zielgruppen are the Jugendamt's: an import never renames or changes one.
- A language by its ISO 639-1 code; an unknown code is created with the file's name.
- A service area by the Sozialraum key the export writes into its description, else by
  a unique name; an unknown area is reported, never created (areas come from
  ``import_gebiete``).
"""

from __future__ import annotations

import re

from django.utils.text import slugify
from django.utils.translation import gettext as _

from angebote.hsds.ausgabe.abbilden import gebietsschluessel_lesen
from angebote.hsds.einlesen.zustand import Lauf
from angebote.models import Kategorie, Sprache, Zielgruppe
from sozialraum.models import Sozialraum

MODELLE = {"kategorien": Kategorie, "zielgruppen": Zielgruppe}


def _slug(model, vorschlag: str, vergeben: set[str]) -> str:
    basis = slugify(vorschlag)[:90] or "begriff"
    slug, n = basis, 1
    while slug in vergeben:
        n += 1
        slug = f"{basis}-{n}"
    vergeben.add(slug)
    return slug


def begriffe_schreiben(lauf: Lauf) -> None:
    begriffe = lauf.plan.begriffe
    if not begriffe:
        return
    for schluessel, model in MODELLE.items():
        for pk, uuid in model.objects.filter(uuid__in=list(begriffe)).values_list("pk", "uuid"):
            lauf.begriffe_pk[str(uuid)] = (schluessel, pk)
    namen = {
        schluessel: {n.casefold(): pk for pk, n in model.objects.values_list("pk", "name")}
        for schluessel, model in MODELLE.items()
    }
    slugs = {s: set(m.objects.values_list("slug", flat=True)) for s, m in MODELLE.items()}
    for uuid, begriff in begriffe.items():
        if uuid in lauf.begriffe_pk:
            continue
        model = MODELLE[begriff.taxonomie]
        vorhanden = namen[begriff.taxonomie].get(begriff.name.casefold()) if begriff.name else None
        if vorhanden is not None:
            lauf.begriffe_pk[uuid] = (begriff.taxonomie, vorhanden)
            lauf.bericht.hinweise.append(
                _("%(wo)s: Begriff „%(name)s“ (%(id)s) über den Namen der %(model)s zugeordnet")
                % {
                    "wo": begriff.wo,
                    "name": begriff.name,
                    "id": uuid,
                    "model": model._meta.verbose_name,
                }
            )
            continue
        if not begriff.name:
            lauf.bericht.hinweise.append(
                _("%(wo)s: Begriff %(id)s ohne Namen und nicht im Register; nicht übernommen")
                % {"wo": begriff.wo, "id": uuid}
            )
            continue
        werte = {
            "uuid": uuid,
            "name": begriff.name[:200],
            "slug": _slug(model, begriff.code or begriff.name, slugs[begriff.taxonomie]),
        }
        if model is Kategorie:
            werte["beschreibung"] = begriff.beschreibung
        obj = model.objects.create(**werte)
        namen[begriff.taxonomie][obj.name.casefold()] = obj.pk
        lauf.begriffe_pk[uuid] = (begriff.taxonomie, obj.pk)
        lauf.bericht.neue_begriffe.append(
            _("%(model)s „%(name)s“ (Taxonomie „%(taxonomie)s“, %(wo)s)")
            % {
                "model": model._meta.verbose_name,
                "name": obj.name,
                "taxonomie": begriff.taxonomie_name,
                "wo": begriff.wo,
            }
        )
        if not begriff.bekannt:
            lauf.bericht.hinweise.append(
                _(
                    "%(wo)s: „%(name)s“ gehört zur Taxonomie „%(taxonomie)s“, die das Register "
                    "nicht führt; als Kategorie angelegt"
                )
                % {"wo": begriff.wo, "name": obj.name, "taxonomie": begriff.taxonomie_name}
            )


def begriffe_von(lauf: Lauf, uuids: list[str]) -> dict[str, list[int]]:
    """The offer's Kategorien and Zielgruppen (pks) for the terms it names; a term found in
    the other vocabulary than the file says goes where the registry has it."""
    ergebnis = {schluessel: set() for schluessel in MODELLE}
    for uuid in uuids:
        if uuid in lauf.begriffe_pk:
            schluessel, pk = lauf.begriffe_pk[uuid]
            ergebnis[schluessel].add(pk)
    return {schluessel: sorted(pks) for schluessel, pks in ergebnis.items()}


class Sprachen:
    """ISO 639-1 codes of the file, found or created once per run."""

    def __init__(self, lauf: Lauf):
        self.lauf = lauf
        self.bekannt = dict(Sprache.objects.values_list("code", "name"))
        self.nach_name = {n.casefold(): c for c, n in self.bekannt.items()}

    def code(self, code: str, name: str, wo: str) -> str | None:
        if re.fullmatch(r"[a-z]{2}", code):
            if code not in self.bekannt:
                sprache = Sprache.objects.create(code=code, name=(name or code)[:100])
                self.bekannt[code] = sprache.name
                self.nach_name[sprache.name.casefold()] = code
                self.lauf.bericht.neue_sprachen.append(
                    _("„%(name)s“ (%(code)s), %(wo)s")
                    % {"name": sprache.name, "code": code, "wo": wo}
                )
            return code
        if name and name.casefold() in self.nach_name:
            return self.nach_name[name.casefold()]
        self.lauf.bericht.hinweise.append(
            _(
                "%(wo)s: „%(code)s“ ist kein ISO-639-1-Code (zwei Buchstaben); Sprache nicht übernommen"
            )
            % {"wo": wo, "code": code or name or "?"}
        )
        return None


class Gebiete:
    """Sozialräume by the key the export writes (``…, Schlüssel 0101``), else by name."""

    def __init__(self, lauf: Lauf):
        self.lauf = lauf
        self.nach_schluessel = dict(Sozialraum.objects.values_list("schluessel", "pk"))
        self.nach_name: dict[str, list[int]] = {}
        for pk, name in Sozialraum.objects.values_list("pk", "name"):
            self.nach_name.setdefault(name.casefold(), []).append(pk)

    def pk(self, name: str, beschreibung: str, wo: str) -> int | None:
        schluessel = gebietsschluessel_lesen(beschreibung)
        if schluessel in self.nach_schluessel:
            return self.nach_schluessel[schluessel]
        treffer = self.nach_name.get(name.casefold(), [])
        if len(treffer) == 1:
            return treffer[0]
        self.lauf.bericht.hinweise.append(
            _("%(wo)s: Gebiet „%(name)s“ ist kein Sozialraum des Registers; nicht übernommen")
            % {"wo": wo, "name": name or beschreibung or "?"}
        )
        return None
