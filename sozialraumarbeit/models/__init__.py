"""Models of the Sozialraumarbeit, one module per subject."""

from .raumwissen import Barriere, Ressource  # noqa: F401
