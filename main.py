"""CRM Desktop: `python main.py` opens the window; `python main.py COMMAND ...` runs a
headless command (`python main.py --help` lists them)."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    from crm_desktop import cli

    if any(arg in ("-h", "--help") for arg in argv[:1]):
        return cli.main(argv)
    names = cli.command_names()
    command_at = next((i for i, arg in enumerate(argv) if arg in names), None)
    if command_at is not None:
        # `main.py --db x.db stats` works like `main.py stats --db x.db`.
        return cli.main([argv[command_at], *argv[:command_at], *argv[command_at + 1 :]])
    from crm_desktop.app import main as open_window

    return open_window(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
