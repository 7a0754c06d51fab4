"""The application's identity: its icon, and the About dialog with the details support asks for.

The dialog shows the version, the Qt, PySide and Python versions, the database file and the
log file; "Copy details" puts the same facts on the clipboard as plain text, ready to paste
into an e-mail to the support contact.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import APP_ID, APP_NAME, __version__
from crm_desktop.paths import resources_dir

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The application icon at every size made by tools/make_icons.py (empty if missing)."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        path = folder / f"{APP_ID}-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    return icon


def details(db_path: Path, log_path: Path) -> list[tuple[str, str]]:
    """(label, value) pairs, in the order shown and copied; labels are translated."""

    python = f"{platform.python_version()} ({sys.platform}, {platform.machine()})"
    system = platform.platform(terse=True)
    return [
        (QCoreApplication.translate("AboutDialog", "Version"), __version__),
        (QCoreApplication.translate("AboutDialog", "Qt"), qVersion()),
        (QCoreApplication.translate("AboutDialog", "PySide"), PySide6.__version__),
        (QCoreApplication.translate("AboutDialog", "Python"), python),
        (QCoreApplication.translate("AboutDialog", "Operating system"), system),
        (QCoreApplication.translate("AboutDialog", "Database"), str(db_path)),
        (QCoreApplication.translate("AboutDialog", "Log file"), str(log_path)),
    ]


class AboutDialog(QDialog):
    """Name, version, library versions, where the data and the log are; a copy button."""

    def __init__(self, db_path: Path, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About CRM Desktop"))
        self.details = details(db_path, log_path)

        icon_label = QLabel(self)
        icon_label.setPixmap(app_icon().pixmap(64, 64))
        icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(
            self.tr("<h2>{name}</h2><p>Customer management for office staff.</p>").format(
                name=APP_NAME
            ),
            self,
        )
        header = QHBoxLayout()
        header.addWidget(icon_label)
        header.addWidget(title, 1)

        form = QFormLayout()
        for label, value in self.details:
            field = QLabel(value, self)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            form.addRow(label + ":", field)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.setToolTip(self.tr("Copy these details, to paste into a message"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def details_text(self) -> str:
        lines = [f"{APP_NAME} {__version__}"]
        lines += [f"{label}: {value}" for label, value in self.details]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copy_button.setText(self.tr("Copied"))
