"""The Regionalraum's budget in the normal UI: the year overview, a Regionalraum's months, setting
a budget, booking payouts, and both tables as CSV and XLSX (docs/massnahmen-budget.md)."""
