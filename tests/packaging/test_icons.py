"""The icon generator: PNG, ICO and ICNS files rendered from the master SVG, and the window icon."""

from __future__ import annotations

import struct
from importlib import resources
from pathlib import Path

import make_icons
import pytest
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QApplication

from ui.app import app_icon

PNG = make_icons.PNG_SIGNATURE


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data.startswith(PNG)
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_master_svg_ships_in_the_resources_package() -> None:
    svg = resources.files("resources").joinpath("icons", "delegation-planner.svg")
    assert svg.is_file()
    assert svg.read_bytes() == make_icons.MASTER_SVG.read_bytes()


@pytest.mark.parametrize("size", [16, 32, 256])
def test_render_png_draws_an_opaque_icon_of_the_size_asked(qapp: QApplication, size: int) -> None:
    data = make_icons.render_png(make_icons.MASTER_SVG.read_bytes(), size)
    assert png_size(data) == (size, size)
    image = QImage.fromData(data)
    assert (image.width(), image.height()) == (size, size)
    assert image.pixelColor(size // 2, size // 2).alpha() == 255
    # the highlighted card (top of the middle column) is orange: red clearly above blue
    card = image.pixelColor(size // 2, size * 3 // 16)
    assert card.red() > card.blue() + 60


def test_an_invalid_svg_is_refused(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="could not be parsed"):
        make_icons.render_png(b"<not-svg/>", 16)


def test_generate_writes_every_png_size(qapp: QApplication, tmp_path: Path) -> None:
    icons = make_icons.generate(tmp_path)
    assert sorted(icons.pngs) == sorted(make_icons.PNG_SIZES)
    assert min(icons.pngs) == 16
    assert max(icons.pngs) == 512
    for size, path in icons.pngs.items():
        assert png_size(path.read_bytes()) == (size, size)
    assert icons.svg.read_bytes() == make_icons.MASTER_SVG.read_bytes()


def test_the_ico_holds_one_png_per_size(qapp: QApplication, tmp_path: Path) -> None:
    data = make_icons.generate(tmp_path).ico.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        entry = data[6 + 16 * index : 6 + 16 * (index + 1)]
        width, height, _colors, _zero, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", entry
        )
        size = width or 256
        assert height == width
        assert (planes, bits) == (1, 32)
        assert offset + length <= len(data)
        assert png_size(data[offset : offset + length]) == (size, size)
        sizes.append(size)
    assert sizes == sorted(make_icons.ICO_SIZES)


def test_the_icns_blocks_add_up_and_hold_pngs(qapp: QApplication, tmp_path: Path) -> None:
    data = make_icons.generate(tmp_path).icns.read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    expected = dict(make_icons.ICNS_TYPES)
    position, seen = 8, []
    while position < len(data):
        kind = data[position : position + 4].decode("ascii")
        length = struct.unpack(">I", data[position + 4 : position + 8])[0]
        payload = data[position + 8 : position + length]
        assert png_size(payload) == (expected[kind], expected[kind])
        seen.append(kind)
        position += length
    assert position == len(data)
    assert seen == [kind for kind, _ in make_icons.ICNS_TYPES]


def test_qt_reads_the_ico_and_icns_where_it_has_the_plugins(
    qapp: QApplication, tmp_path: Path
) -> None:
    icons = make_icons.generate(tmp_path)
    formats = {bytes(name.data()).decode() for name in QImageReader.supportedImageFormats()}
    checked = 0
    for path, fmt in ((icons.ico, "ico"), (icons.icns, "icns")):
        if fmt not in formats:
            continue
        reader = QImageReader(str(path), fmt.encode())
        assert reader.imageCount() >= 7
        assert not reader.read().isNull()
        checked += 1
    if not checked:
        pytest.skip("Qt has neither the ico nor the icns image plugin here")


def test_the_window_icon_comes_from_the_svg(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    pixmap = icon.pixmap(32, 32)
    assert (pixmap.width(), pixmap.height()) == (32, 32)
    assert pixmap.toImage().pixelColor(16, 16).alpha() == 255
