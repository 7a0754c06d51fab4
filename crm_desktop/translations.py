"""Building the translations: `.ts` sources to the `.qm` files Qt loads.

Run `python -m crm_desktop.translations` after editing a `.ts` file; the application also
builds missing or outdated `.qm` files on start when Qt's `lrelease` is installed (it comes
with PySide6), so a fresh install needs no separate step. To collect new strings from the
code into the `.ts` files, run `python -m crm_desktop.translations --update`.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from crm_desktop.paths import translations_dir

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
SOURCE_DIRS = ("crm_desktop/ui",)


def _tool(name: str) -> str | None:
    """A PySide6 tool next to this Python (a venv's bin/Scripts folder), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return shutil.which(name)


def ts_path(language: str) -> Path:
    return translations_dir() / f"crm_{language}.ts"


def qm_path(language: str) -> Path:
    return translations_dir() / f"crm_{language}.qm"


def outdated() -> list[str]:
    """Languages whose .qm is missing or older than its .ts."""
    result = []
    for language in LANGUAGES:
        ts, qm = ts_path(language), qm_path(language)
        if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            result.append(language)
    return result


def build(languages: list[str] | None = None) -> list[Path]:
    """Compile .ts to .qm with lrelease; returns the files written (none without lrelease)."""
    lrelease = _tool("pyside6-lrelease") or _tool("lrelease")
    if lrelease is None:
        log.warning("lrelease not found: translations not built")
        return []
    written = []
    for language in languages if languages is not None else list(LANGUAGES):
        ts, qm = ts_path(language), qm_path(language)
        if not ts.exists():
            continue
        try:
            subprocess.run(
                [lrelease, "-silent", str(ts), "-qm", str(qm)],
                check=True,
                capture_output=True,
                timeout=60,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            # A read-only install folder: the application runs untranslated, and says so in the log.
            log.warning("could not build %s: %s", qm, exc)
            continue
        written.append(qm)
    return written


def update_sources() -> None:
    """Collect the translatable strings from the code into the .ts files (keeps translations)."""
    lupdate = _tool("pyside6-lupdate") or _tool("lupdate")
    if lupdate is None:
        raise SystemExit("pyside6-lupdate not found: install PySide6")
    root = Path(__file__).resolve().parents[1]
    sources = sorted(str(p) for d in SOURCE_DIRS for p in (root / d).rglob("*.py"))
    for language in LANGUAGES:
        subprocess.run(
            [
                lupdate,
                "-no-obsolete",
                "-locations",
                "none",
                *sources,
                "-ts",
                str(ts_path(language)),
            ],
            check=True,
        )


if __name__ == "__main__":
    if "--update" in sys.argv:
        update_sources()
    for path in build():
        print(path)
