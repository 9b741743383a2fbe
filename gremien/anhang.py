"""Attachments of a Sitzung: checked by content, size-limited, stored outside static files
and delivered only through a view that checks permission (views.anhang)."""

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Allowed kinds, told by the file's content (magic bytes), not by its name.
ERLAUBT = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt": "application/vnd.ms-powerpoint",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}


def datei_pruefen(datei) -> tuple[str, str]:
    """Return (extension, MIME type) of an upload or raise a German ValidationError."""
    grenze = settings.ANHANG_MAX_MB * 1024 * 1024
    if datei.size > grenze:
        raise ValidationError(
            _("Die Datei ist %(mb).1f MB groß; erlaubt sind höchstens %(max)d MB.")
            % {"mb": datei.size / 1024 / 1024, "max": settings.ANHANG_MAX_MB}
        )
    datei.seek(0)
    kopf = datei.read(8192)
    datei.seek(0)
    art = filetype.guess(kopf)
    if art is None or art.extension not in ERLAUBT:
        raise ValidationError(
            _(
                "Dieser Dateityp ist nicht erlaubt (erkannt: %(art)s). Erlaubt sind PDF, Bilder "
                "(PNG, JPEG, GIF, WebP) und Office-Dokumente (Word, Excel, PowerPoint, OpenDocument)."
            )
            % {"art": art.mime if art else _("unbekannt")}
        )
    return art.extension, ERLAUBT[art.extension]


def _ablage(instance, dateiname: str) -> str:
    # Random names: nobody guesses a path, and the original name stays in `name`.
    return f"anhaenge/{timezone.now():%Y/%m}/{instance.uid}.{instance.endung}"


def als_download(anhang) -> FileResponse:
    """The attachment's file as a download, never rendered inline as HTML (the one way both
    the Gremium pages and OParl send it). A file gone from the storage answers 404."""
    try:
        datei = anhang.datei.open("rb")
    except OSError:
        raise Http404(_("Die Datei dieses Anhangs ist nicht mehr vorhanden.")) from None
    antwort = FileResponse(
        datei, as_attachment=True, filename=anhang.name, content_type=anhang.mime
    )
    antwort["X-Content-Type-Options"] = "nosniff"
    antwort["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return antwort
