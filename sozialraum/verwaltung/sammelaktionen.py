"""Changing many records at once (admin actions) with one history row per changed record.

``QuerySet.update()`` writes no history and leaves ``updated_at`` as it was, so a change
made that way would be invisible in the Änderungsverlauf and would not trip the conflict
check of someone editing the record at the same time. :func:`sammel_aendern` sets the
values with ``bulk_update`` in batches and writes the history rows with
django-simple-history's ``bulk_update_with_history``: a few queries per thousand records,
also for "all 100,000 offers". Save signals are not sent (as with ``update()``); instead the
data state is renewed once, inside the transaction (sozialraum/werkzeuge/datenstand.py:
what pages keep of the data is void after the commit); callers take care of the rest.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from sozialraum.werkzeuge.datenstand import stand_erhoehen

STUECK = 1000


def sammel_aendern(queryset, user, grund: str, **werte) -> int:
    """Set ``werte`` on every record of ``queryset`` that differs; return how many changed.

    Records that already hold all the values are left alone (no new history row, no new
    ``updated_at``), so running an action twice changes nothing the second time.
    """
    model = queryset.model
    felder = list(werte)
    if any(f.name == "updated_at" for f in model._meta.concrete_fields):
        felder.append("updated_at")
    # Through a subquery: the admin's queryset may carry annotations (counts) and ordering.
    ids = list(
        model._default_manager.filter(pk__in=queryset.values("pk"))
        .exclude(**werte)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    jetzt = timezone.now()
    with transaction.atomic():
        for anfang in range(0, len(ids), STUECK):
            objekte = list(model._default_manager.filter(pk__in=ids[anfang : anfang + STUECK]))
            for obj in objekte:
                for name, wert in werte.items():
                    setattr(obj, name, wert)
                if "updated_at" in felder:
                    obj.updated_at = jetzt
            bulk_update_with_history(
                objekte,
                model,
                felder,
                batch_size=STUECK,
                default_user=user,
                default_change_reason=grund,
                default_date=jetzt,
            )
        if ids:
            stand_erhoehen(queryset.db)
    return len(ids)
