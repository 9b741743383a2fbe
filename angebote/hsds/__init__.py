"""HSDS 3.0 (Open Referral): export, import and the HSDA read API (docs/hsds.md)."""
