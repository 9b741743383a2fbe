"""Demo data of the Sozialraumarbeit (measures and budgets of Musterstadt)."""
