"""Build the installable application and check it: one command on Linux, Windows and macOS.

    python scripts/build.py              build with installer.spec, then smoke-test the result
    python scripts/build.py --skip-build smoke-test and measure the existing dist/ build

Installs nothing: run it with the Python of a virtual environment that has the project and its
`build` extra (`pip install -e ".[build]"`). Steps:

1. `python -m crm_desktop.translations` builds the .qm files the build ships.
2. `pyinstaller installer.spec` makes the one-folder build in dist/.
3. The smoke test: the built program runs `--smoke-test` on a throw-away database in a
   temporary folder, on Qt's offscreen platform (crm_desktop/ui/smoke.py: among other steps,
   a long import converted by worker processes started from the built program); it must exit
   with 0, print nothing on stderr and leave no process of the built program running
   (checked where /proc lists processes, i.e. Linux).
4. Figures: the size of the built folder, and the time from launch to a painted window for
   the built program and for `python main.py`, started alternately on the same database.

Exits 0 when all is well, 1 when a step fails (its output is shown).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crm_desktop import APP_ID, APP_NAME  # noqa: E402

SMOKE_TIMEOUT_S = 300
START_TIMEOUT_S = 120
# The importer's helper processes see the program's end at once; give them this long to go.
LEFTOVER_WAIT_S = 5
PAINTED_PREFIX = "painted after "


class BuildError(Exception):
    """A step failed; the message says which and shows its output."""


def built_folder() -> Path:
    """What the user gets: the .app bundle on macOS, the program's folder elsewhere."""
    if sys.platform == "darwin":
        return ROOT / "dist" / f"{APP_NAME}.app"
    return ROOT / "dist" / (APP_ID if sys.platform.startswith("linux") else APP_NAME)


def built_program() -> Path:
    if sys.platform == "darwin":
        return built_folder() / "Contents" / "MacOS" / APP_NAME
    if sys.platform == "win32":
        return built_folder() / f"{APP_NAME}.exe"
    return built_folder() / APP_ID


def run_step(title: str, command: list[str]) -> None:
    print(f"== {title}: {' '.join(command)}", flush=True)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT)
    if result.returncode != 0:
        raise BuildError(f"{title} failed with exit code {result.returncode}")
    print(f"== {title}: done in {time.perf_counter() - started:.0f} s", flush=True)


def build() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError(
            "PyInstaller is not installed in this Python. Install the build tools with "
            f'`{sys.executable} -m pip install -e ".[build]"` and run this again.'
        )
    run_step("translations", [sys.executable, "-m", "crm_desktop.translations"])
    run_step(
        "pyinstaller",
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "installer.spec"],
    )


def app_environment(platform: str) -> dict[str, str]:
    """The environment for a started program: the chosen Qt platform, no inherited database."""
    env = dict(os.environ)
    env.pop("CRM_DESKTOP_DB", None)
    env["QT_QPA_PLATFORM"] = platform
    return env


def smoke_test(program: Path, data: Path, platform: str) -> None:
    command = [str(program), "--smoke-test", "--db", str(data / "crm.db")]
    print(f"== smoke test: {' '.join(command)}", flush=True)
    try:
        result = subprocess.run(
            command,
            env=app_environment(platform),
            capture_output=True,
            text=True,
            timeout=SMOKE_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        raise BuildError(f"smoke test: no answer within {SMOKE_TIMEOUT_S} s") from None
    print(result.stdout.strip())
    if result.returncode != 0 or result.stderr.strip():
        raise BuildError(
            f"smoke test failed: exit code {result.returncode}, error output:\n"
            f"{result.stderr.strip() or '(none)'}\nThe log is in {data / 'logs'}."
        )
    deadline = time.monotonic() + LEFTOVER_WAIT_S
    while (left := processes_running(program)) and time.monotonic() < deadline:
        time.sleep(0.1)
    if left:
        raise BuildError(
            f"smoke test failed: {len(left)} processes of the built program (ids "
            f"{', '.join(map(str, left))}) still run {LEFTOVER_WAIT_S} s after it exited"
        )


def processes_running(program: Path) -> list[int]:
    """The ids of the processes running `program`, read from /proc (none where there is no
    /proc)."""
    target = program.resolve()
    found: list[int] = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if Path(os.readlink(entry / "exe")) == target:
                found.append(int(entry.name))
        except OSError:  # gone meanwhile, a zombie, or another user's
            continue
    return found


def time_to_paint(command: list[str], platform: str) -> tuple[float, float]:
    """(seconds from launch to the painted line, as seen from here; as the process says)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=app_environment(platform),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    seen_from_here = None
    reported = float("nan")
    for line in process.stdout:
        if line.startswith(PAINTED_PREFIX):
            seen_from_here = time.perf_counter() - started
            reported = float(line[len(PAINTED_PREFIX):].split()[0])
            break
    try:
        _, errors = process.communicate(timeout=START_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        raise BuildError(f"{command[0]} did not quit after painting its window") from None
    if seen_from_here is None or process.returncode != 0:
        raise BuildError(
            f"{' '.join(command)} exited with {process.returncode} without painting:\n{errors}"
        )
    return seen_from_here, reported


def folder_size(folder: Path) -> int:
    """Bytes on disk; a symbolic link (PyInstaller links libraries into place) counts once."""
    return sum(
        path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def measure(program: Path, data: Path, platform: str, rounds: int) -> None:
    """Start both alternately (after one unmeasured start of each, so both read warm files)."""
    database = ["--measure-startup", "--db", str(data / "crm.db")]
    commands = {
        "built program": [str(program), *database],
        "python main.py": [sys.executable, str(ROOT / "main.py"), *database],
    }
    seen: dict[str, list[float]] = {name: [] for name in commands}
    reported: dict[str, list[float]] = {name: [] for name in commands}
    for round_number in range(rounds + 1):
        for name, command in commands.items():
            outside, inside = time_to_paint(command, platform)
            if round_number:
                seen[name].append(outside)
                reported[name].append(inside)
    size = folder_size(built_folder())
    print(f"\nbuilt folder: {built_folder()}  {size / 1_000_000:.0f} MB ({size:,} bytes)")
    print(f"launch to painted window, {rounds} starts each on the {platform} platform "
          "(median, and min to max):")
    print(f"  {'':<16}{'seen by the launcher':>26}{'since the process started':>30}")
    for name in commands:
        launcher, process = seen[name], reported[name]
        print(
            f"  {name:<16}{statistics.median(launcher):>10.2f} s "
            f"({min(launcher):.2f} to {max(launcher):.2f})"
            f"{statistics.median(process):>14.2f} s ({min(process):.2f} to {max(process):.2f})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--skip-build", action="store_true", help="check the existing build in dist/"
    )
    parser.add_argument(
        "--platform",
        default="offscreen",
        help="Qt platform for the smoke test and the timing (default offscreen; "
        "use your desktop's, e.g. xcb, windows or cocoa, to time a visible window)",
    )
    parser.add_argument(
        "--rounds", type=int, default=5, help="starts of each program to time (default 5)"
    )
    args = parser.parse_args(argv)
    data = Path(tempfile.mkdtemp(prefix="crm-build-check-"))
    try:
        if not args.skip_build:
            build()
        program = built_program()
        if not program.exists():
            raise BuildError(f"there is no built program at {program}; run without --skip-build")
        smoke_test(program, data, args.platform)
        if args.rounds > 0:
            measure(program, data, args.platform, args.rounds)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    shutil.rmtree(data, ignore_errors=True)
    print("build: the built application passed its smoke test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
