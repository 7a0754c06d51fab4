"""Language and fonts: our translations, Qt's own, and a CJK-capable UI font per platform."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from crm_desktop import translations

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
LANGUAGE_NAMES = {"zh_CN": "中文（简体）", "en": "English"}

# The first installed family wins; Qt falls back per glyph to the rest.
CJK_FONTS = {
    "win32": ["Microsoft YaHei UI", "Microsoft YaHei", "SimHei"],
    "darwin": ["PingFang SC", "Hiragino Sans GB", "Heiti SC"],
    "linux": ["Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback"],
}

_installed: list[QTranslator] = []


def system_language() -> str:
    """zh_CN for a Chinese system locale, English otherwise."""
    return "zh_CN" if QLocale.system().name().lower().startswith("zh") else "en"


def chosen_language(settings: QSettings) -> str:
    """The saved language, or the system's on first start (and saved, so it stays)."""
    value = settings.value(LANGUAGE_KEY)
    if isinstance(value, str) and value in LANGUAGE_NAMES:
        return value
    language = system_language()
    settings.setValue(LANGUAGE_KEY, language)
    return language


def remove_translators(app: QApplication) -> None:
    """Take out the translators installed here: texts made from now on are the English source."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def install_translators(app: QApplication, language: str) -> None:
    """Load our .qm and Qt's own Chinese strings (standard buttons and dialogs)."""
    remove_translators(app)
    stale = translations.outdated()
    if stale:
        translations.build(stale)
    # English loads its file too: it holds the plural forms ("1 customer", "2 customers").
    ours = QTranslator(app)
    if ours.load(str(translations.qm_path(language))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file for %s", language)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", qt_translations_folder()):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(QLocale(language))


def qt_translations_folder() -> str:
    """Where Qt keeps its own translations (qtbase_zh_CN.qm: the standard buttons and
    dialogs), as the installed or frozen Qt reports it."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def cjk_families() -> list[str]:
    platform = (
        "win32"
        if sys.platform.startswith("win")
        else ("darwin" if sys.platform == "darwin" else "linux")
    )
    installed = set(QFontDatabase.families())
    return [f for f in CJK_FONTS[platform] if f in installed]


def apply_font(app: QApplication, language: str = "zh_CN") -> None:
    """Use a CJK-capable UI font so Chinese never falls back to odd or Japanese glyphs.

    In Chinese it comes first. In English the system font comes first and the CJK font
    only fills in Chinese names: its Latin punctuation is full-width (“ ” ：).
    """
    families = cjk_families()
    if not families:
        log.warning("no CJK font found: Chinese text may show as boxes")
        return
    font = QFont(app.font())
    if language.startswith("zh"):
        font.setFamilies([*families, *font.families()])
    else:
        font.setFamilies([*font.families(), *families])
    app.setFont(font)
