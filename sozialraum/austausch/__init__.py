"""Exchange with other systems: the admin's CSV/XLSX import and export (admin.py, ressourcen.py, zellen.py) and the import of areas and their boundaries."""
