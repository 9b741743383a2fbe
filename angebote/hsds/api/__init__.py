"""The HSDA read API at /api/hsds/ (views, its parameters and queries, the served spec)."""
