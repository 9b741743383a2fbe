"""The Träger pages: the Träger, its Einrichtungen and people (stammdaten), editing them
(redaktion), Vernetzung (contacts and the network), rights (rechte), merging and splitting
(zusammenfuehren)."""
