"""The admin of the Sozialraumarbeit: one module per subject, imported here for autodiscovery."""

from .budget import admin as budget_admin  # noqa: F401
from .massnahmen import admin as massnahmen_admin  # noqa: F401
from .raumwissen import admin as raumwissen_admin  # noqa: F401
