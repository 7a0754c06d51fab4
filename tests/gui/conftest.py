"""GUI tests: the offscreen platform, one QApplication, synchronous tasks, stubbed dialogs."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

from crm_desktop.ui import tasks


@pytest.fixture(autouse=True)
def synchronous_tasks() -> Iterator[None]:
    """Background work runs inline, so a test sees its result at once."""
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


class MessageBoxes:
    """Records every message box shown and answers questions with `answer`."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def _record(self, kind: str) -> Any:
        def show(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            self.shown.append((kind, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """No dialog ever blocks a test: static message boxes and exec() are stubbed."""
    boxes = MessageBoxes()
    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(boxes._record(kind)))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))

    def exec_box(box: QMessageBox) -> int:
        boxes.shown.append(("exec", box.text()))
        if box.detailedText():
            # The crash dialog's traceback: in the captured output of a test that fails.
            print(box.detailedText(), file=sys.stderr)
        return int(boxes.answer.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QDialog, "exec", lambda self: int(QDialog.DialogCode.Accepted.value))
    return boxes


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    """A settings file of the test's own, never the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
