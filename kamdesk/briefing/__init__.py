"""Meeting and account briefs: content assembled as plain data, then laid out as a PDF.

No Qt here: the command line and the windows use the same code. Import the submodules you
need (`kamdesk.briefing.export` writes PDFs); this package imports nothing on its own so
that `kamdesk brief` starts fast.
"""
