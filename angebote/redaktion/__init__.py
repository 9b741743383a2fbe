"""Editing offers: the form and its one field list, proposals and their review, the diff, the e-mails to the Redaktion."""
