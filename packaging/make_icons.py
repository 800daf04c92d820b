"""Render the master SVG icon into every bitmap the bundles and desktops need.

``resources/icons/delegation-planner.svg`` is the only icon kept in the repository. This module
draws it with Qt's SVG renderer into PNGs (16 to 512 px), a Windows ``.ico`` and a macOS ``.icns``,
writing the two container formats itself so it needs no Qt image plugin beyond PNG:

* ICO: an ``ICONDIR`` header and one directory entry per size, each image stored as PNG (Windows
  Vista and later, and PyInstaller, read PNG entries at every size).
* ICNS: the ``icns`` magic and total length, then one ``(type, length, PNG data)`` block per size.

Run ``python packaging/make_icons.py OUT_DIR`` to generate them by hand; ``build.py`` calls
:func:`generate` before freezing.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parent.parent
ICON_NAME = "delegation-planner"
MASTER_SVG = REPO / "resources" / "icons" / f"{ICON_NAME}.svg"

PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
"""The sizes written as PNGs (and installed into the hicolor theme on Linux)."""

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
"""ICO entries: Windows picks from these for the title bar, taskbar, Explorer and Alt+Tab."""

ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),
    ("ic11", 32),
    ("ic12", 64),
    ("ic13", 256),
    ("ic14", 512),
)
"""ICNS block types and their pixel sizes (``ic11``..``ic14`` are the @2x variants)."""

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class IconSet:
    """Where :func:`generate` wrote each file."""

    svg: Path
    pngs: dict[int, Path]
    ico: Path
    icns: Path


_started: list[QGuiApplication] = []


def _ensure_gui_application() -> None:
    """QSvgRenderer needs a QGuiApplication; start a headless one if none is running."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _started.append(QGuiApplication(["make_icons"]))


def render_png(svg: bytes, size: int) -> bytes:
    """Draw ``svg`` into a transparent ``size`` x ``size`` square and return it as PNG bytes."""
    _ensure_gui_application()
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("the SVG icon could not be parsed")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image.convertToFormat(QImage.Format.Format_ARGB32)):
        raise RuntimeError(f"Qt could not encode the {size} px icon as PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows ICO holding one PNG-compressed 32-bit image per size (at most 256 px)."""
    sizes = sorted(pngs)
    if not sizes or sizes[-1] > 256:
        raise ValueError("ICO images must be 1 to 256 px")
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size in sizes:
        data = pngs[size]
        dimension = 0 if size == 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(pngs[size] for size in sizes)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS ICNS with a PNG block for every type in :data:`ICNS_TYPES` whose size is given."""
    blocks = b""
    for kind, size in ICNS_TYPES:
        if size in pngs:
            data = pngs[size]
            blocks += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    if not blocks:
        raise ValueError("no ICNS sizes given")
    return b"icns" + struct.pack(">I", 8 + len(blocks)) + blocks


def generate(out_dir: Path, svg_path: Path = MASTER_SVG) -> IconSet:
    """Write the SVG copy, ``png/<size>.png``, ``.ico`` and ``.icns`` into ``out_dir``."""
    svg = svg_path.read_bytes()
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    rendered = {size: render_png(svg, size) for size in sizes}
    png_dir = out_dir / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, Path] = {}
    for size in PNG_SIZES:
        path = png_dir / f"{size}.png"
        path.write_bytes(rendered[size])
        pngs[size] = path
    svg_copy = out_dir / f"{ICON_NAME}.svg"
    svg_copy.write_bytes(svg)
    ico = out_dir / f"{ICON_NAME}.ico"
    ico.write_bytes(ico_bytes({size: rendered[size] for size in ICO_SIZES}))
    icns = out_dir / f"{ICON_NAME}.icns"
    icns.write_bytes(icns_bytes(rendered))
    return IconSet(svg=svg_copy, pngs=pngs, ico=ico, icns=icns)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out_dir", type=Path, help="folder to write the icons into")
    parser.add_argument("--svg", type=Path, default=MASTER_SVG, help="master SVG icon")
    args = parser.parse_args(argv)
    icons = generate(args.out_dir, args.svg)
    names = ", ".join(path.name for path in (icons.ico, icons.icns))
    print(f"icons written to {args.out_dir}: {len(icons.pngs)} PNGs, {names}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
