"""Plain text made safe inside reportlab's paragraph markup.

The same as ``xml.sax.saxutils.escape``, which the brief used before: importing that module
pulls in ``urllib.request`` and ``http.client``, a tenth of the brief's own start-up.
"""

from __future__ import annotations


def escape(text: str) -> str:
    """*text* with ``&``, ``<`` and ``>`` written as entities (``&`` first)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
