"""The lower layers never import Qt or pyqtgraph (ARCHITECTURE.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BLOCK_AND_IMPORT = """
import importlib, pkgutil, sys

class Blocker:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'):
            raise ImportError(f'{name} is blocked below the ui layer')
        return None

sys.meta_path.insert(0, Blocker())
import crm_desktop
for layer in ('domain', 'storage', 'services'):
    package = importlib.import_module(f'crm_desktop.{layer}')
    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f'crm_desktop.{layer}.{module.name}')
importlib.import_module('crm_desktop.cli')
print('ok')
"""


def test_domain_storage_services_and_cli_import_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_AND_IMPORT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
