"""Who may see and change the Regionalräume's budgets (docs/massnahmen-budget.md "Wer darf was?").

- Jugendamt-Administration (model permission ``view_budget``): reads the budgets of every
  Regionalraum; sets budgets (``change_budget``) and books payouts (``add_auszahlung``) for
  every Regionalraum, or, if she is scoped to her Jugendamt
  (sozialraum/zugang/zustaendigkeit.py), for the Regionalräume of that Jugendamt; the others she
  reads, and changing them answers 403.
- Sozialraumkoordination: reads the budgets of her Regionalräume, those holding a Sozialraum
  she coordinates (object permission ``sozialraum.koordinieren_sozialraum``). Another
  Regionalraum's budget does not exist for her (404); changing her own answers 403.
- Every other role (Fachkraft, Träger-Redaktion, Gremium-Koordination, no role): the budget
  pages are not theirs; they answer 403, before any Regionalraum is looked at, like the review
  queue and the Prüfrunden. Budgets are internal planning of the Jugendamt, not a Träger's
  business: a Träger sees what its own measures were granted on the measure's page.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from sozialraum.models import Regionalraum
from sozialraum.werkzeuge.felder import objekt_oder_404
from sozialraum.zugang.rollen import koordinierte_sozialraeume
from sozialraum.zugang.zustaendigkeit import verwaltete_jugendaemter

LESEN = "sozialraumarbeit.view_budget"
FESTLEGEN = "sozialraumarbeit.change_budget"
BUCHEN = "sozialraumarbeit.add_auszahlung"


def darf_budgets_sehen(user) -> bool:
    """Whether the budget pages are hers at all (the overview lists at least one row)."""
    if not user.is_authenticated:
        return False
    return user.has_perm(LESEN) or bool(koordinierte_sozialraeume(user))


def regionalraeume_lesbar(user):
    """The Regionalräume whose budgets ``user`` reads, ordered by key (no query yet)."""
    raeume = Regionalraum.objects.select_related("jugendamt").order_by("schluessel", "pk")
    if not user.is_authenticated:
        return raeume.none()
    if user.has_perm(LESEN):
        return raeume
    sozialraeume = koordinierte_sozialraeume(user)
    if not sozialraeume:
        return raeume.none()
    return raeume.filter(pk__in=_regionalraeume_von(sozialraeume))


def _regionalraeume_von(sozialraeume):
    from sozialraum.models import Sozialraum

    return Sozialraum.objects.filter(pk__in=sozialraeume).values("regionalraum")


def _im_jugendamt(user, regionalraum) -> bool:
    jugendaemter = verwaltete_jugendaemter(user)
    return jugendaemter is None or regionalraum.jugendamt_id in jugendaemter


def darf_festlegen(user, regionalraum) -> bool:
    """Set (or change) the Regionalraum's budget of a year."""
    return (
        user.is_authenticated
        and user.has_perm(FESTLEGEN)
        and user.has_perm("sozialraumarbeit.add_budget")
        and _im_jugendamt(user, regionalraum)
    )


def darf_buchen(user, regionalraum) -> bool:
    """Book a payout to a measure of the Regionalraum."""
    return user.is_authenticated and user.has_perm(BUCHEN) and _im_jugendamt(user, regionalraum)


def regionalraum_fuer(request, pk, *, festlegen: bool = False, buchen: bool = False):
    """The Regionalraum of the URL if ``request.user`` may read its budget (else 403 for a role
    without budget pages, 404 for a Regionalraum that is not hers), and may set its budget or
    book payouts when asked (else 403)."""
    user = request.user
    if not darf_budgets_sehen(user):
        raise PermissionDenied
    regionalraum = objekt_oder_404(regionalraeume_lesbar(user), pk)
    if festlegen and not darf_festlegen(user, regionalraum):
        raise PermissionDenied
    if buchen and not darf_buchen(user, regionalraum):
        raise PermissionDenied
    return regionalraum


def budgets_im_jugendamt_bearbeitbar(user, queryset, pfad: str = "regionalraum__"):
    """For the admin (``bearbeitbar``): a scoped administration changes the records of her
    Jugendamt's Regionalräume only; ``pfad`` leads from the model to the Regionalraum."""
    jugendaemter = verwaltete_jugendaemter(user)
    if jugendaemter is None:
        return queryset
    return queryset.filter(**{f"{pfad}jugendamt__in": jugendaemter})
