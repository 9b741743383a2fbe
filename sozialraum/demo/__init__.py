"""The demo city Musterstadt: its areas and one login per role (stadt.py), and the extension point of the demo steps that the higher floors fill."""
