"""The generated city as the bench Sozialraumarbeit needs it (bench/sozialraumarbeit_plan.py):
bench/gremien_plan.py's city and what the measures and entries refer to besides."""

from collections import defaultdict

from angebote.models import Zielgruppe
from bench import gremien_plan
from gremien.models import Gremium, Sitzung, Tagesordnungspunkt
from sozialraum.models import Quartier
from traeger.models import Einrichtung


class Stadt(gremien_plan.Stadt):
    """The generated city of bench/gremien_plan.py, and its Quartiere, an Einrichtung of each
    Träger per Sozialraum, the Zielgruppen, the bench Gremien's held meetings with their
    agenda items (to link steps and entries to)."""

    def __init__(self):
        super().__init__()
        ids = [s[0] for s in self.sozialraeume]
        self.sr_je_region = defaultdict(list)
        for s in self.sozialraeume:
            self.sr_je_region[s[2]].append(s)
        self.quartiere = defaultdict(list)
        for q, s in (
            Quartier.objects.filter(sozialraum__in=ids)
            .order_by("pk")
            .values_list("pk", "sozialraum")
        ):
            self.quartiere[s].append(q)
        self.traeger_im_sr = {sr: sorted(t) for sr, t in self.traeger_im_sr.items()}
        self.ort_im_sr = {}  # (Träger, Sozialraum) → an Einrichtung there
        for e_id, t_id, sr_id in (
            Einrichtung.objects.filter(externe_id__startswith="gen-", sozialraum__in=ids)
            .order_by("pk")
            .values_list("pk", "traeger_id", "sozialraum_id")
        ):
            self.ort_im_sr.setdefault((t_id, sr_id), e_id)
        self.zielgruppen = list(Zielgruppe.objects.order_by("pk").values_list("pk", flat=True))
        self._sitzungen()

    def _sitzungen(self) -> None:
        """Held meetings of the bench Gremien, per Regionalraum (its AG 78) and Sozialraum,
        as sorted lists of (date, Sitzung, its agenda items but the first)."""
        gremien = Gremium.objects.filter(name__startswith=gremien_plan.MARKE)
        gehalten = Sitzung.objects.filter(gremium__in=gremien, status=Sitzung.Status.DURCHGEFUEHRT)
        tops = defaultdict(list)
        for pk, sitzung_id in (
            Tagesordnungspunkt.objects.filter(sitzung__in=gehalten, eltern__isnull=True)
            .order_by("sitzung_id", "position", "pk")
            .values_list("pk", "sitzung_id")
        ):
            tops[sitzung_id].append(pk)
        self.ag78 = defaultdict(list)
        self.vor_ort = defaultdict(list)
        for pk, datum, region, sr in gehalten.order_by("datum", "pk").values_list(
            "pk", "datum", "gremium__regionalraum", "gremium__sozialraum"
        ):
            eintrag = (datum, pk, tops[pk][1:])  # not the opening
            if region:
                self.ag78[region].append(eintrag)
            elif sr:
                self.vor_ort[sr].append(eintrag)
