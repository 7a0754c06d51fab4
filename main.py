"""CRM Desktop: `python main.py` opens the window; `python main.py COMMAND ...` runs a
headless command (`python main.py --help` lists them)."""

import multiprocessing
import sys

from crm_desktop.cli import launch

if __name__ == "__main__":
    # The importer converts rows in worker processes: in the frozen application a worker
    # starts as this same program, and must run its task rather than a second window.
    multiprocessing.freeze_support()
    sys.exit(launch(sys.argv[1:]))
