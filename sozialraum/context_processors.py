from django.conf import settings


def registry(request):
    return {
        "REGISTRY_NAME": settings.REGISTRY_NAME,
        "STADT_NAME": settings.STADT_NAME,
        "EBENEN": settings.GEBIETSEBENEN,
    }
