#!/usr/bin/env python
"""Gremien for the synthetic city of ``manage.py generate_daten`` (see bench/README.md).

``bench_gremien_anlegen()`` adds, if they are missing, 60 Gremien: an AG nach § 78 SGB VIII
per Regionalraum, Sozialraum-AGs and Stadtteiltische in the generated Sozialräume ("G…").
Each has 15–40 Mitgliedschaften (generated Träger "gen-…", many with a named person) and
20–40 Sitzungen spread over three years (30 months back, 6 months ahead of the month it runs
in) with agenda and attendance; past meetings have minutes per TOP, Beschlüsse and Aufgaben,
released as version 1 just as ``gremien.sitzung.protokoll.protokoll_freigeben`` records them, except
each Gremium's most recent one (a draft). The texts are the demo city's
(gremien/demo/daten.py). Seeded: the same Gremien on every run; only the dates follow the
month. Rows are written with bulk_create and without history rows, like generate_daten.

Marked: Gremien named "Bench …", persons with username "bench-p-…".
``bench_gremien_entfernen()`` removes exactly them. The bench user "bench-fachkraft" is made a
member of the largest Gremium; all but a few Gremien let every Fachkraft read the minutes.
The plan is made in memory by bench/gremien_plan.py; this module writes, finds and removes.

    DATABASE_URL=… .venv/bin/python bench/gremien.py              # add if missing
    DATABASE_URL=… .venv/bin/python bench/gremien.py --entfernen
"""

import sys
import time
from collections import defaultdict
from pathlib import Path

if __name__ == "__main__":  # run as a script: set Django up first
    import os

    import django

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sozialraum.settings")
    django.setup()

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import Count, Exists, OuterRef
from guardian.models import UserObjectPermission

from bench.gremien_plan import MARKE, PERSON_MARKE, Plan
from gremien.models import (
    Aufgabe,
    Beschluss,
    Gremium,
    Mitgliedschaft,
    Protokollversion,
    Sitzung,
    Tagesordnungspunkt,
    Teilnahme,
)
from gremien.signals import koordination_abgleichen
from gremien.sitzung.protokoll import tops_in_reihenfolge
from sozialraum.models import User
from sozialraum.zugang.rollen import FACHKRAFT

__all__ = [
    "MARKE",
    "PERSON_MARKE",
    "bench_gremien",
    "bench_gremien_anlegen",
    "bench_gremien_entfernen",
    "groesstes_gremium",
    "sitzung_mit_protokoll",
]
SEED = 78
GESCHRIEBEN = (
    Gremium,
    Mitgliedschaft,
    Sitzung,
    Tagesordnungspunkt,
    Teilnahme,
    Beschluss,
    Aufgabe,
    Protokollversion,
)


def bench_gremien(qs=None):
    return (qs if qs is not None else Gremium.objects).filter(name__startswith=MARKE)


def groesstes_gremium() -> Gremium | None:
    """The bench Gremium with the most Sitzungen (then members): the page to measure."""
    return (
        bench_gremien()
        .annotate(
            n_sitzungen=Count("sitzungen", distinct=True),
            n_mitglieder=Count("mitgliedschaften", distinct=True),
        )
        .order_by("-n_sitzungen", "-n_mitglieder", "pk")
        .first()
    )


def sitzung_mit_protokoll(gremium: Gremium) -> Sitzung | None:
    """Its most recent meeting with released minutes that hold a Beschluss and an Aufgabe
    (recent: the most open tasks from earlier meetings on its agenda)."""
    freigegeben = gremium.sitzungen.filter(
        protokoll_status=Sitzung.Protokollstatus.FREIGEGEBEN
    ).order_by("-datum")
    voll = freigegeben.filter(
        Exists(Beschluss.objects.filter(sitzung=OuterRef("pk"))),
        Exists(Aufgabe.objects.filter(sitzung=OuterRef("pk"))),
    )
    return voll.first() or freigegeben.first()


def _schreiben(plan: Plan) -> dict:
    User.objects.bulk_create(plan.personen, batch_size=1000)
    gruppe = Group.objects.get(name=FACHKRAFT)
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=u.pk, group_id=gruppe.pk) for u in plan.personen],
        batch_size=1000,
    )
    Gremium.objects.bulk_create(plan.gremien)
    Mitgliedschaft.objects.bulk_create(plan.mitglieder, batch_size=1000)
    Mitgliedschaft.objects.bulk_create(plan.vertretungen, batch_size=1000)
    for gremium in plan.gremien:  # bulk_create sends no post_save
        koordination_abgleichen(gremium)
    Sitzung.objects.bulk_create(plan.sitzungen, batch_size=1000)
    Tagesordnungspunkt.objects.bulk_create(plan.tops, batch_size=1000)
    Tagesordnungspunkt.objects.bulk_create(plan.unterpunkte, batch_size=1000)
    Teilnahme.objects.bulk_create(plan.teilnahmen, batch_size=2000)
    Beschluss.objects.bulk_create(plan.beschluesse, batch_size=1000)
    Aufgabe.objects.bulk_create(plan.aufgaben, batch_size=1000)
    Protokollversion.objects.bulk_create(_versionen(plan), batch_size=500)
    return {
        "Gremien": len(plan.gremien),
        "Personen": len(plan.personen),
        "Mitgliedschaften": len(plan.mitglieder) + len(plan.vertretungen),
        "Sitzungen": len(plan.sitzungen),
        "Tagesordnungspunkte": len(plan.tops) + len(plan.unterpunkte),
        "Teilnahmen": len(plan.teilnahmen),
        "Beschlüsse": len(plan.beschluesse),
        "Aufgaben": len(plan.aufgaben),
        "Protokollversionen": len(plan.freigaben),
    }


def _versionen(plan: Plan) -> list[Protokollversion]:
    """Version 1 of each released meeting, with the content gremien.sitzung.protokoll.stand()
    records, built from the objects in memory (same order and numbers: the agenda's)."""
    je = defaultdict(lambda: {"tops": [], "beschluesse": [], "aufgaben": []})
    for t in plan.tops + plan.unterpunkte:
        je[t.sitzung.pk]["tops"].append(t)
    for b in plan.beschluesse:
        je[b.sitzung.pk]["beschluesse"].append(b)
    for a in plan.aufgaben:
        je[a.sitzung.pk]["aufgaben"].append(a)
    versionen = []
    for sitzung, am, von in plan.freigaben:
        teile = je[sitzung.pk]
        inhalt = {
            "tops": [
                {"id": t.pk, "nummer": nummer, "titel": t.titel, "protokoll": t.protokoll}
                for t, nummer in tops_in_reihenfolge(teile["tops"])
            ],
            "beschluesse": [
                {
                    "text": b.text,
                    "ja": b.ja,
                    "nein": b.nein,
                    "enthaltung": b.enthaltung,
                    "top": b.top_id,
                }
                for b in sorted(teile["beschluesse"], key=lambda b: b.pk)
            ],
            "aufgaben": [
                {
                    "was": a.was,
                    "wer": str(a.person or plan.stadt.traeger_name.get(a.traeger_id) or "–"),
                    "faellig": a.faellig.isoformat() if a.faellig else None,
                }
                for a in sorted(teile["aufgaben"], key=lambda a: a.pk)
            ],
        }
        versionen.append(
            Protokollversion(
                sitzung=sitzung,
                version=1,
                inhalt=inhalt,
                freigegeben_am=am,
                freigegeben_von=von,
            )
        )
    return versionen


def bench_gremien_anlegen(
    anzahl: int = 60,
    mitglieder: tuple[int, int] = (15, 40),
    sitzungen: tuple[int, int] = (20, 40),
    seed: int = SEED,
    fachkraft: str = "bench-fachkraft",
    ausgabe=print,
) -> int:
    """Add the bench Gremien unless there are some; the first gets the upper bounds of
    ``mitglieder`` and ``sitzungen``. Returns the number of Gremien added."""
    if bench_gremien().exists():
        return 0
    beginn = time.monotonic()
    with transaction.atomic():
        user, _neu = User.objects.get_or_create(username=fachkraft)
        plan = Plan(seed, user)
        plan.planen(anzahl, mitglieder, sitzungen)
        zahlen = _schreiben(plan)
    # Fresh statistics, as generate_daten takes them: the planner should not guess.
    with connection.cursor() as cursor:
        for model in (*GESCHRIEBEN, User):
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
    ausgabe(
        "Bench-Gremien: "
        + ", ".join(f"{n} {was}" for was, n in zahlen.items())
        + f" ({time.monotonic() - beginn:.1f} s)"
    )
    return zahlen["Gremien"]


def bench_gremien_entfernen() -> int:
    """Remove the bench Gremien with everything in them and the bench persons; first the
    bench Sozialraumarbeit, whose steps and entries point at their meetings."""
    from bench.sozialraumarbeit import bench_sozialraumarbeit_entfernen

    bench_sozialraumarbeit_entfernen()
    gremien = bench_gremien()
    ids = list(gremien.values_list("pk", flat=True))
    sitzungen = Sitzung.objects.filter(gremium_id__in=ids)
    with transaction.atomic():
        # Without signals: simple_history would write one history row per deleted record.
        for qs in (
            Protokollversion.objects.filter(sitzung__in=sitzungen),
            Aufgabe.objects.filter(gremium_id__in=ids),
            Beschluss.objects.filter(sitzung__in=sitzungen),
            Teilnahme.objects.filter(sitzung__in=sitzungen),
            Tagesordnungspunkt.objects.filter(sitzung__in=sitzungen, eltern__isnull=False),
            Tagesordnungspunkt.objects.filter(sitzung__in=sitzungen),
            sitzungen,
            Mitgliedschaft.objects.filter(gremium_id__in=ids),
            UserObjectPermission.objects.filter(
                content_type=ContentType.objects.get_for_model(Gremium),
                object_pk__in=[str(pk) for pk in ids],
            ),
            Gremium.objects.filter(pk__in=ids),
        ):
            qs._raw_delete(qs.db)
        User.objects.filter(username__startswith=PERSON_MARKE).delete()
    return len(ids)


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entfernen", action="store_true", help="die Bench-Gremien entfernen")
    parser.add_argument("--anzahl", type=int, default=60)
    args = parser.parse_args()
    if args.entfernen:
        print(f"Entfernt: {bench_gremien_entfernen()} Bench-Gremien.")
    elif not bench_gremien_anlegen(args.anzahl):
        print("Es gibt schon Bench-Gremien; mit --entfernen werden sie entfernt.")


if __name__ == "__main__":
    main()
