"""Models of the Sozialraumarbeit, one module per subject."""
