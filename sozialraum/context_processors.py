from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .models import namensnennungen


def registry(request):
    return {
        "REGISTRY_NAME": settings.REGISTRY_NAME,
        "STADT_NAME": settings.STADT_NAME,
        "EBENEN": settings.GEBIETSEBENEN,
        # Read only by the footer, and only when it renders.
        "NAMENSNENNUNGEN": SimpleLazyObject(namensnennungen),
    }
