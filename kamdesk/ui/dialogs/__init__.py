"""Dialogs that create and edit dossier entries."""
