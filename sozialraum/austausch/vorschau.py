"""The import preview's per-column old and new values (django-import-export's ``Diff``)."""

from django.utils.html import escape, format_html
from import_export import resources


class VorschauDiff(resources.Diff):
    """The preview's old and new values of a row.

    Read from the record as loaded rather than from django-import-export's deep copy of it
    (a deep copy drops the prefetched links, so every link would be queried again), and
    through the resource's ``dehydrate_…`` methods (an offer's times), as the export does.
    """

    def __init__(self, resource, instance, new):
        self.left = self._werte(resource, getattr(resource, "_geladen", None) or instance)
        self.right = []
        self.new = new

    def compare_with(self, resource, instance):
        self.right = self._werte(resource, instance)

    def as_html(self) -> list[str]:
        """Per column the value, or the old one struck out and the new one underlined.

        Whole values rather than django-import-export's character diff ("Mo 14:00" →
        "Di 10:00" would interleave single digits), and without inline styles (CSP).
        """
        zellen = []
        for alt, neu in zip(self.left, self.right, strict=False):
            alt, neu = str(alt or ""), str(neu or "")
            if alt == neu:
                zellen.append(escape(neu))
            elif self.new or not alt:
                zellen.append(format_html("<ins>{}</ins>", neu))
            elif not neu:
                zellen.append(format_html("<del>{}</del>", alt))
            else:
                zellen.append(format_html("<del>{}</del> <ins>{}</ins>", alt, neu))
        return zellen

    @staticmethod
    def _werte(resource, instance) -> list:
        return [
            resources.ModelResource.export_field(resource, feld, instance)
            for feld in resource.get_import_fields()
        ]
