"""The search: one entry point (search.py), the index and word index, facets, the search state and result cache, the map data."""
