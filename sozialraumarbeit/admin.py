from .massnahmen import admin as massnahmen_admin  # noqa: F401
