"""The field's vocabulary: groups of words that mean the same thing to a Fachkraft."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from sozialraum.werkzeuge.suchtext import normalisieren

LAENGE = 100
# The deepest chain of broader groups the search follows (Sport › Kampfsport › Judo).
MAX_TIEFE = 5


class Synonymgruppe(models.Model):
    """Words a Fachkraft uses for one thing ("Kita", "Kindertagesstätte", "Krippe"): a query
    word of the group also finds offers described with the others, ranked below the offers
    that hold the word itself (angebote/suche/thesaurus.py). Curated by the Jugendamt in the
    admin; the registry ships a set (angebote/suche/synonyme.json, ``synonyme_laden``)."""

    bevorzugt = models.CharField(
        _("Vorzugsbegriff"),
        max_length=LAENGE,
        unique=True,
        help_text=_("Der Begriff, unter dem die Gruppe geführt wird, z. B. „Kindertagesstätte“."),
    )
    begriffe = models.TextField(
        _("weitere Begriffe"),
        help_text=_(
            "Ein Begriff je Zeile: Synonyme und Abkürzungen, die dasselbe meinen, z. B. "
            "„Kita“. Ober- und Unterbegriffe nicht hier, sondern im Feld „Oberbegriff“."
        ),
    )
    bereich = models.CharField(_("Bereich"), max_length=100, blank=True)
    oberbegriff = models.ForeignKey(
        "self",
        verbose_name=_("Oberbegriff"),
        null=True,
        blank=True,
        # Groups are switched off, not deleted; if one is deleted all the same, the groups
        # under it stay and act on their own (their history keeps the link).
        on_delete=models.SET_NULL,
        related_name="unterbegriffe",
        help_text=_(
            "Die Gruppe des weiteren Begriffs, zu dem diese Gruppe gehört, z. B. „Kampfsport“ "
            "für „Judo“: Wer nach dem Oberbegriff sucht, findet auch die Angebote dieser "
            "Gruppe; wer nach „Judo“ sucht, findet nicht jeden Kampfsport."
        ),
    )
    aktiv = models.BooleanField(
        _("aktiv"), default=True, help_text=_("Nur aktive Gruppen erweitern die Suche.")
    )
    updated_at = models.DateTimeField(_("geändert"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("Synonymgruppe")
        verbose_name_plural = _("Synonymgruppen")
        ordering = ["bereich", "bevorzugt"]

    def __str__(self) -> str:
        return self.bevorzugt

    @property
    def liste(self) -> list[str]:
        """The further terms, one per line, without empty lines."""
        return [z.strip() for z in self.begriffe.splitlines() if z.strip()]

    def alle(self) -> list[str]:
        return [self.bevorzugt.strip(), *self.liste]

    def clean(self):
        fehler = []
        gesehen: dict[str, str] = {}
        for nummer, begriff in enumerate(self.alle()):
            wo = _("Vorzugsbegriff") if nummer == 0 else _("Zeile %(zeile)d") % {"zeile": nummer}
            if len(begriff) > LAENGE:
                fehler.append(
                    _("%(wo)s: „%(begriff)s…“ ist länger als %(laenge)d Zeichen.")
                    % {"wo": wo, "begriff": begriff[:30], "laenge": LAENGE}
                )
                continue
            schluessel = normalisieren(begriff)
            if not schluessel:
                fehler.append(
                    _("%(wo)s: „%(begriff)s“ enthält keine Buchstaben oder Ziffern.")
                    % {"wo": wo, "begriff": begriff}
                )
            elif schluessel in gesehen:
                fehler.append(
                    _("%(wo)s: „%(begriff)s“ steht schon in der Gruppe („%(vorher)s“).")
                    % {"wo": wo, "begriff": begriff, "vorher": gesehen[schluessel]}
                )
            else:
                gesehen[schluessel] = begriff
        if len(gesehen) < 2 and not fehler:
            fehler.append(
                _("Eine Gruppe braucht neben dem Vorzugsbegriff mindestens einen Begriff.")
            )
        if fehler:
            raise ValidationError({"begriffe": fehler})
        self._oberbegriff_pruefen()

    def _oberbegriff_pruefen(self):
        """The chain of broader groups must not lead back to this one."""
        gruppe, kette = self.oberbegriff, []
        while gruppe is not None and len(kette) <= MAX_TIEFE:
            if gruppe.pk is not None and gruppe.pk == self.pk:
                weg = " › ".join([self.bevorzugt, *kette, self.bevorzugt])
                raise ValidationError(
                    {
                        "oberbegriff": _(
                            "„%(gruppe)s“ kann nicht unter sich selbst stehen: %(weg)s."
                        )
                        % {"gruppe": self.bevorzugt, "weg": weg}
                    }
                )
            kette.append(gruppe.bevorzugt)
            gruppe = gruppe.oberbegriff
