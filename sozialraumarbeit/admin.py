"""The admin of the Sozialraumarbeit: one module per subject, imported here for autodiscovery."""

from .raumwissen import admin as raumwissen_admin  # noqa: F401
