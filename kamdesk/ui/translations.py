"""The window's translation for the user's language, when one is shipped.

Ours are `kamdesk/resources/translations/kamdesk_<language>.qm`, compiled with `pyside6-lrelease`
from the catalogue `make translations` writes; Qt's own texts (the buttons of standard
dialogs) come from the translations Qt ships. English needs neither: it is the source.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kamdesk.resources import resource


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[str]:
    """Install what exists for *locale* (default: the user's); returns the files loaded.

    Qt's own texts follow ours: where KAMDesk is not translated, a German system would
    otherwise get "Abbrechen" buttons in an English window.
    """
    locale = locale or QLocale()
    loaded = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("kamdesk", str(resource("translations"))), ("qtbase", qt_folder)):
        translator = QTranslator(app)  # parented: it lives as long as the application
        if not translator.load(locale, name, "_", folder):
            break
        app.installTranslator(translator)
        loaded.append(translator.filePath())
    return loaded
