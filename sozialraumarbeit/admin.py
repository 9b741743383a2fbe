"""The admin of the Sozialraumarbeit: each part registers its models in its own module."""

from .budget import admin as budget_admin  # noqa: F401
