"""The admin's shared pieces: history with field diffs and restore, bulk actions."""
