"""The log file: one per user, in the platform's log folder, rotated."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

from crm_desktop import APP_ID

LOG_FILE_NAME = "crm-desktop.log"

_current_file: Path | None = None


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def log_file() -> Path:
    """The file this process logs to (the default location before `setup_logging` runs)."""
    return _current_file or log_dir() / LOG_FILE_NAME


def setup_logging(directory: Path | None = None) -> Path:
    """Send log records to a rotating file (1 MB x 5); returns the file's path."""
    global _current_file
    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    _current_file = path
    return path
