"""The committed application icons (made by tools/make_icons.py) are whole and complete."""

from __future__ import annotations

import struct

from crm_desktop.paths import resources_dir

ICONS = resources_dir() / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
REGENERATE = "run `python tools/make_icons.py` and commit what it writes"


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_SIGNATURE)
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk comes first
    return width, height


def test_window_icon_pngs_have_their_sizes() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = ICONS / f"crm-desktop-{size}.png"
        assert path.exists(), f"{path} is missing: {REGENERATE}"
        assert png_size(path.read_bytes()) == (size, size)


def test_ico_holds_png_images_up_to_256() -> None:
    data = (ICONS / "crm-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1), "not an icon file"
    sizes = []
    for index in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        image = data[offset : offset + length]
        width, height = png_size(image)
        assert width == height == (side or 256)
        sizes.append(width)
    assert {16, 32, 48, 256} <= set(sizes), REGENERATE


def test_icns_holds_every_retina_size() -> None:
    data = (ICONS / "crm-desktop.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found = {}
    position = 8
    while position < len(data):
        kind = data[position : position + 4]
        length = struct.unpack(">I", data[position + 4 : position + 8])[0]
        found[kind] = png_size(data[position + 8 : position + length])[0]
        position += length
    assert found == {
        b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128,
        b"ic08": 256, b"ic09": 512, b"ic10": 1024,
    }, REGENERATE


def test_svg_source_is_there() -> None:
    svg = (ICONS / "crm-desktop.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<svg") and 'viewBox="0 0 512 512"' in svg
