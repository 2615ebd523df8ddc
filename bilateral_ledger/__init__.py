"""Bilateral Ledger: cited figures beside recorded figures, with sources."""

__version__ = "0.1.0"
