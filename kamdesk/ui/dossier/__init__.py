"""The dossier of one account: header and tabs."""
