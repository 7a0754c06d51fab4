"""Make the application icons from resources/icons/crm-desktop.svg.

    python tools/make_icons.py

writes, beside the SVG: crm-desktop-<size>.png for the window icon, crm-desktop.ico (Windows)
and crm-desktop.icns (macOS) for the installer. Run it after editing the SVG and commit the
results: PyInstaller needs the .ico/.icns at build time, and the application loads the PNGs.

Both containers hold PNG images, written here with struct, so nothing beyond PySide6 is needed:
an .ico entry may be a PNG since Windows Vista, and .icns has had PNG types since OS X 10.7.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICON_DIR / "crm-desktop.svg"
STEM = "crm-desktop"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The .icns type code for each PNG size (Apple's names: 16, 32, 64, 128, 256, 512, 512@2x).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size}px icon as PNG")
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An .ico file: ICONDIR, one ICONDIRENTRY per size, then the PNG data."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size in sizes:
        data = images[size]
        # Width and height are one byte each; 0 means 256.
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images[size] for size in sizes)


def icns_bytes(images: dict[bytes, bytes]) -> bytes:
    """An .icns file: the 'icns' header, then one (type, length, PNG) block per size."""
    blocks = b"".join(
        kind + struct.pack(">I", 8 + len(data)) + data for kind, data in images.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(blocks)) + blocks


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"error: {SOURCE} is not a valid SVG file; fix it and run this again",
              file=sys.stderr)
        return 1
    needed = set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = {size: render_png(renderer, size) for size in sorted(needed)}
    written = []
    for size in PNG_SIZES:
        path = ICON_DIR / f"{STEM}-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    ico = ICON_DIR / f"{STEM}.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns = ICON_DIR / f"{STEM}.icns"
    icns.write_bytes(icns_bytes({kind: pngs[size] for kind, size in ICNS_TYPES}))
    written += [ico, icns]
    for path in written:
        print(path.relative_to(ICON_DIR.parents[1]))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
