"""The Gremien pages: reading (lesen), editing meetings and minutes (bearbeiten), members
(mitglieder), passing on (weitergabe), the attendance download (export); every view gets its
Gremium or Sitzung through zugriff.py."""
