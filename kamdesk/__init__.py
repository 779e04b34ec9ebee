"""KAMDesk: dossiers and meeting briefs for key account managers."""

__version__ = "0.1.0"
