"""Render the application icon from its SVG source into PNG sizes, a Windows .ico and a macOS .icns.

    python scripts/make_icons.py          # rewrite the generated files
    python scripts/make_icons.py --check  # exit 1 if they are missing or out of date

The SVG (``resources/icons/dialogue-desk.svg``) is the only source; everything else is generated
and committed, so building the app needs neither this script nor a display:

- ``resources/icons/hicolor/NxN/apps/dialogue-desk.png`` for N in 16 … 512 (the freedesktop icon
  theme layout, ready to copy into ``~/.local/share/icons/``),
- ``resources/icons/dialogue-desk.ico`` (16 … 256, one PNG-compressed image per size),
- ``resources/icons/dialogue-desk.icns`` (16 … 512 and their @2x variants).

Every size is rendered from the SVG by Qt's ``QSvgRenderer`` (so small sizes are drawn, not
shrunk from a large bitmap); Pillow, which reportlab already installs, writes .ico and .icns.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "dialogue-desk.svg"
NAME = "dialogue-desk"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"


def render(sizes: tuple[int, ...]) -> dict[int, bytes]:
    """PNG bytes of the SVG drawn at each size, on a transparent background."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts, DPI
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    rendered: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        rendered[size] = bytes(data.data())
    return rendered


def generate() -> dict[Path, bytes]:
    """The content of every generated file, by path."""
    from PIL import Image

    rendered = render(tuple(sorted(set(PNG_SIZES + ICO_SIZES + ICNS_SIZES))))
    images = {size: Image.open(io.BytesIO(data)) for size, data in rendered.items()}
    files = {png_path(size): rendered[size] for size in PNG_SIZES}

    ico = io.BytesIO()
    largest = images[max(ICO_SIZES)]
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])  # fmt: skip
    files[ICONS / f"{NAME}.ico"] = ico.getvalue()

    icns = io.BytesIO()
    images[max(ICNS_SIZES)].save(icns, format="ICNS",
                                 append_images=[images[s] for s in ICNS_SIZES[:-1]])  # fmt: skip
    files[ICONS / f"{NAME}.icns"] = icns.getvalue()
    return files


def _stale(path: Path, data: bytes) -> bool:
    """Whether a committed file differs from a fresh rendering beyond encoder details.

    Compared as pixels (PNG) or as the set of sizes (.ico, .icns), with a little tolerance for
    antialiasing, so another Qt or Pillow version does not make the committed files stale.
    """
    from PIL import Image, ImageChops

    if not path.exists():
        return True
    old, new = Image.open(path), Image.open(io.BytesIO(data))
    if path.suffix != ".png":
        return old.info.get("sizes") != new.info.get("sizes")
    if old.size != new.size:
        return True
    difference = ImageChops.difference(old.convert("RGBA"), new.convert("RGBA"))
    return max(high for _low, high in difference.getextrema()) > 24


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed files")
    args = parser.parse_args(argv)
    files = generate()
    if args.check:
        stale = [path for path, data in files.items() if _stale(path, data)]
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"{path.relative_to(ROOT)}  {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
