"""The employer is the data controller: erasure, export of one person, and what left the app."""
