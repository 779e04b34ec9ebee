"""Importing people from contact files: planning, merging into known people, writing."""
