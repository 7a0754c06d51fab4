"""CRM Desktop: `python main.py` opens the window; `python main.py COMMAND ...` runs a
headless command (`python main.py --help` lists them)."""

import sys

from crm_desktop.cli import launch

if __name__ == "__main__":
    sys.exit(launch(sys.argv[1:]))
