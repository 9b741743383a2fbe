#!/usr/bin/env python
"""Sozialraumarbeit for the synthetic city of ``manage.py generate_daten`` (see bench/README.md).

``bench_sozialraumarbeit_anlegen()`` adds, if they are missing:

- per generated Sozialraum ("G…") 5–15 Ressourcen and 5–15 Barrieren, recorded by Fachkräfte
  or taken over from a meeting of the area's bench Gremium (bench/gremien.py), most seen by
  every Fachkraft, some only by one Träger or the recorder, a few ended;
- per generated Regionalraum 20–40 SRAE measures (the first Regionalraum 40) in every state
  of the procedure, each with Sozialräume, Zielgruppen, Kooperationspartner, the barriers it
  answers, a month plan adding up to the cent to its requested sum, its steps (those of the
  Sozialraumteam and the Lenkungsgruppe at a held meeting of the Regionalraum's bench AG 78,
  with the agenda item) and, for those that ran, a payout for every month past;
- per generated Regionalraum its budget for last, this and next year, so that what the
  measures bind is 60–88 % of it (one Regionalraum this year 95 %: "knapp").

The first measure of the first Regionalraum has the longest way: deferred three times,
recommended, agreed, running, evaluated, extended (the measure page of ``bench/run.py``).
``bench_koordination()`` makes the bench user "bench-koordination" a Sozialraumkoordination
of six generated Sozialräume. Seeded: the same data on every run; only the dates follow the
month. Written with bulk_create and without history rows, like generate_daten.

Marked: measures titled "Bench …", persons "bench-sra-…" (who recorded the resources and
barriers; no usable password), budgets with the note "Bench: …".
``bench_sozialraumarbeit_entfernen()`` removes exactly them (bench/gremien.py's removal
calls it first: steps and entries point at the bench Gremien's meetings).

    DATABASE_URL=… .venv/bin/python bench/sozialraumarbeit.py              # add if missing
    DATABASE_URL=… .venv/bin/python bench/sozialraumarbeit.py --entfernen
"""

import sys
import time
from pathlib import Path

if __name__ == "__main__":  # run as a script: set Django up first
    import os

    import django

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sozialraum.settings")
    django.setup()

from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.db.models import Count
from guardian.shortcuts import assign_perm

from bench.sozialraumarbeit_plan import BUDGET_MARKE, MARKE, PERSON_MARKE, Plan
from gremien.models import Gremium
from sozialraum.models import Sozialraum, User
from sozialraum.zugang.rollen import KOORDINIEREN, SOZIALRAUMKOORDINATION, sozialraeume_von
from sozialraumarbeit.models import (
    Auszahlung,
    Barriere,
    Budget,
    Kooperationspartner,
    Massnahme,
    Massnahmenschritt,
    MassnahmenTop,
    Monatsbetrag,
    Ressource,
)

__all__ = [
    "BUDGET_MARKE",
    "MARKE",
    "PERSON_MARKE",
    "bench_koordination",
    "bench_massnahmen",
    "bench_sozialraumarbeit_anlegen",
    "bench_sozialraumarbeit_entfernen",
    "laengste_massnahme",
]
SEED = 78
M2M = (Massnahme.sozialraeume.through, Massnahme.zielgruppen.through, Massnahme.barrieren.through)
GESCHRIEBEN = (
    Budget,
    Ressource,
    Barriere,
    Massnahme,
    *M2M,
    Kooperationspartner,
    Monatsbetrag,
    Massnahmenschritt,
    MassnahmenTop,
    Auszahlung,
)


def bench_massnahmen(qs=None):
    return (qs if qs is not None else Massnahme.objects).filter(titel__startswith=MARKE)


def laengste_massnahme() -> Massnahme | None:
    """The bench measure with the most steps (then partners): the page to measure."""
    return (
        bench_massnahmen()
        .annotate(
            n_schritte=Count("schritte", distinct=True),
            n_partner=Count("partner", distinct=True),
        )
        .order_by("-n_schritte", "-n_partner", "pk")
        .first()
    )


def bench_koordination(username: str = "bench-koordination", anzahl: int = 6) -> User:
    """The bench Sozialraumkoordination: coordinates ``anzahl`` generated Sozialräume, two
    thirds in the first Regionalraum (as many as it has) and the rest in the second, those
    with a Gremium first (her start page then has meetings to show). Idempotent."""
    user, _neu = User.objects.get_or_create(
        username=username, defaults={"funktion": "Sozialraumkoordination"}
    )
    user.groups.add(Group.objects.get(name=SOZIALRAUMKOORDINATION))
    if sozialraeume_von(user).exists():
        return user
    mit_gremium = set(
        Gremium.objects.filter(sozialraum__isnull=False).values_list("sozialraum", flat=True)
    )
    sozialraeume = Sozialraum.objects.filter(schluessel__startswith="G")
    if not sozialraeume.exists():
        sozialraeume = Sozialraum.objects.all()
    je_region: dict[int, list] = {}
    for s in sozialraeume.order_by("schluessel"):
        je_region.setdefault(s.regionalraum_id, []).append(s)
    vergeben = 0
    for i, liste in enumerate(list(je_region.values())[:2]):
        liste.sort(key=lambda s: (s.pk not in mit_gremium, s.schluessel))
        for sozialraum in liste[: (anzahl * 2 + 2) // 3 if i == 0 else anzahl - vergeben]:
            assign_perm(KOORDINIEREN, user, sozialraum)
            vergeben += 1
    return user


def _schreiben(plan: Plan) -> dict:
    User.objects.bulk_create([u for u, _r in plan.personen], batch_size=1000)
    gruppen = dict(Group.objects.values_list("name", "pk"))
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=u.pk, group_id=gruppen[r]) for u, r in plan.personen]
    )
    Budget.objects.bulk_create(plan.budgets)
    Ressource.objects.bulk_create(plan.ressourcen, batch_size=1000)
    Barriere.objects.bulk_create(plan.barrieren, batch_size=1000)
    Massnahme.objects.bulk_create(plan.massnahmen, batch_size=1000)
    # created_at is auto_now_add, which bulk_create fills in with now: recorded when the
    # idea came up (the list sorts by it), as the demo does.
    for m in plan.massnahmen:
        m.created_at = plan.angelegt[id(m)]
    Massnahme.objects.bulk_update(plan.massnahmen, ["created_at"], batch_size=500)
    durch_sr, durch_zg, durch_b = M2M
    durch_sr.objects.bulk_create(
        [durch_sr(massnahme_id=m.pk, sozialraum_id=s) for m, s in plan.sozialraeume],
        batch_size=2000,
    )
    durch_zg.objects.bulk_create(
        [durch_zg(massnahme_id=m.pk, zielgruppe_id=z) for m, z in plan.zielgruppen],
        batch_size=2000,
    )
    durch_b.objects.bulk_create(
        [durch_b(massnahme_id=m.pk, barriere_id=b.pk) for m, b in plan.antworten],
        batch_size=2000,
    )
    Kooperationspartner.objects.bulk_create(plan.partner, batch_size=1000)
    Monatsbetrag.objects.bulk_create(plan.monatsbetraege, batch_size=2000)
    Massnahmenschritt.objects.bulk_create(plan.schritte, batch_size=2000)
    MassnahmenTop.objects.bulk_create(plan.beratungen, batch_size=1000)
    Auszahlung.objects.bulk_create(plan.auszahlungen, batch_size=2000)
    return {
        "Ressourcen": len(plan.ressourcen),
        "Barrieren": len(plan.barrieren),
        "Maßnahmen": len(plan.massnahmen),
        "Kooperationspartner": len(plan.partner),
        "Monatsbeträge": len(plan.monatsbetraege),
        "Schritte": len(plan.schritte),
        "Beratungen": len(plan.beratungen),
        "Auszahlungen": len(plan.auszahlungen),
        "Budgets": len(plan.budgets),
        "Personen": len(plan.personen),
    }


def bench_sozialraumarbeit_anlegen(
    massnahmen: tuple[int, int] = (20, 40),
    eintraege: tuple[int, int] = (5, 15),
    seed: int = SEED,
    ausgabe=print,
) -> int:
    """Add the bench Sozialraumarbeit unless there are bench measures; the first
    Regionalraum and Sozialraum get the upper bounds. Returns the number of measures added."""
    if bench_massnahmen().exists():
        return 0
    beginn = time.monotonic()
    with transaction.atomic():
        plan = Plan(seed)
        plan.planen(massnahmen, eintraege)
        zahlen = _schreiben(plan)
    # Fresh statistics, as generate_daten takes them: the planner should not guess.
    with connection.cursor() as cursor:
        for model in (*GESCHRIEBEN, User):
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
    ausgabe(
        "Bench-Sozialraumarbeit: "
        + ", ".join(f"{n} {was}" for was, n in zahlen.items())
        + f" ({time.monotonic() - beginn:.1f} s)"
    )
    return zahlen["Maßnahmen"]


def bench_sozialraumarbeit_entfernen() -> int:
    """Remove the bench measures with everything in them, the bench resources and barriers,
    the bench budgets and persons. Returns the number of measures removed."""
    ids = list(bench_massnahmen().values_list("pk", flat=True))
    personen = User.objects.filter(username__startswith=PERSON_MARKE)
    ressourcen = Ressource.objects.filter(erfasst_von__in=personen)
    barrieren = Barriere.objects.filter(erfasst_von__in=personen)
    with transaction.atomic():
        # Without signals: simple_history would write one history row per deleted record.
        for qs in (
            Auszahlung.objects.filter(massnahme_id__in=ids),
            Massnahmenschritt.objects.filter(massnahme_id__in=ids),
            MassnahmenTop.objects.filter(massnahme_id__in=ids),
            Monatsbetrag.objects.filter(massnahme_id__in=ids),
            Kooperationspartner.objects.filter(massnahme_id__in=ids),
            *(durch.objects.filter(massnahme_id__in=ids) for durch in M2M),
            Massnahme.barrieren.through.objects.filter(barriere__in=barrieren),
            Massnahme.objects.filter(pk__in=ids),
            ressourcen,
            barrieren,
            Budget.objects.filter(notiz__startswith=BUDGET_MARKE),
        ):
            qs._raw_delete(qs.db)
        personen.delete()
    return len(ids)


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--entfernen", action="store_true", help="die Bench-Sozialraumarbeit entfernen"
    )
    args = parser.parse_args()
    if args.entfernen:
        print(f"Entfernt: {bench_sozialraumarbeit_entfernen()} Bench-Maßnahmen.")
    elif not bench_sozialraumarbeit_anlegen():
        print("Es gibt schon Bench-Maßnahmen; mit --entfernen werden sie entfernt.")


if __name__ == "__main__":
    main()
