"""Data-only modules: word tables that rules read. No logic lives here."""
