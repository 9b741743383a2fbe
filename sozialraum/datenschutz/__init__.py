"""Requests about one person's data (Art. 15, 17, 20 DSGVO): the parts each app registers, export, erasure, free text, user accounts, the admin actions."""
