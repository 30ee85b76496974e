"""The CJK web font embedded in every page: exactly the characters the page uses.

Reports must read correctly on machines without Chinese fonts and load nothing from the
network, so each page carries an ``@font-face`` with a data-URI WOFF cut from Noto Sans
CJK SC (shipped in the ``mplfonts`` wheel, the same font the charts use).

Cutting from the full 65,000-glyph font takes about 0.3 s a page. So once per machine
the font is cut to the common characters of GB2312 and converted to TrueType outlines
with only the layout features browsers apply to Chinese text, and cached; a page's cut from that
base takes a fifth of the time. Pages with rarer characters fall back to the full font.
"""
from __future__ import annotations

import base64
import functools
import io
import os
import re
from collections.abc import Iterable
from pathlib import Path

from socialops.atomic import write_bytes_atomic

FONT_FAMILY = "SocialopsCJK"
_DATA_URI = re.compile(r"data:[a-z/+.-]+;base64,[A-Za-z0-9+/=]+")
BASE_VERSION = 3  # bump when the base font's recipe changes: the cached file is rebuilt
_NOT_NEEDED = ["BASE", "vhea", "vmtx", "VORG"]  # vertical text only
# halt: browsers close up adjacent full-width punctuation with it (CSS text-spacing-trim, e.g. "），");
# kern: kana pairs. The font's other features are vertical, regional or opt-in forms.
_FEATURES = ["halt", "kern"]


def cjk_font_path() -> Path:
    """Noto Sans CJK SC from the mplfonts package (a declared dependency), found without
    importing it: importing mplfonts loads matplotlib, which report workers never need."""
    from importlib.util import find_spec

    spec = find_spec("mplfonts")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("the 'mplfonts' package is missing (pip install -e .)")
    path = Path(spec.origin).parent / "fonts" / "NotoSansCJKsc-Regular.otf"
    if not path.exists():
        raise FileNotFoundError(f"CJK font missing: {path} (reinstall the 'mplfonts' package)")
    return path


def is_cjk(char: str) -> bool:
    """CJK ideographs, kana, CJK punctuation and full-width forms: what Latin fonts lack."""
    code = ord(char)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFE30 <= code <= 0xFE4F or 0xFF00 <= code <= 0xFFEF


def font_face_css(page_text: str) -> str:
    """An ``@font-face`` for ``FONT_FAMILY`` embedding exactly the CJK characters of ``page_text``
    (images in data URIs aside); empty when the page has none."""
    chars = "".join(sorted({c for c in _DATA_URI.sub("", page_text) if is_cjk(c)}))
    if not chars:
        return ""
    return (f"@font-face {{ font-family: '{FONT_FAMILY}'; font-display: swap; "
            f"src: url(data:font/woff;base64,{font_subset(chars)}) format('woff'); }}")


@functools.lru_cache(maxsize=64)
def font_subset(chars: str) -> str:
    """The CJK font cut down to ``chars``, as a base64 WOFF (about 50 KB for a typical report)."""
    base, covered = base_font()
    source = base if set(chars) <= covered else cjk_font_path()
    return base64.b64encode(cut(source, chars, flavor="woff", features=_FEATURES)).decode("ascii")


def warm_up() -> None:
    """Load the base font and the subsetter now, so the first page does not wait for them."""
    base_font()
    import fontTools.subset  # noqa: F401


def common_characters() -> str:
    """The 6,763 common simplified characters of GB2312, plus CJK and full-width punctuation."""
    chars = []
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return "".join(chars) + "".join(map(chr, range(0x3000, 0x3040))) + "".join(map(chr, range(0xFF00, 0xFFF0)))


@functools.lru_cache(maxsize=1)
def base_font() -> tuple[Path, frozenset[str]]:
    """The cached common-character TrueType base (built on first use, ~8 s) and the characters it covers."""
    source = cjk_font_path()
    text = common_characters()
    from importlib.metadata import version

    stamp = f"{version('mplfonts')}-{source.stat().st_size}-{BASE_VERSION}"  # the same for every install
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "socialops" / f"cjk-common-{stamp}.ttf"
    if not cache.exists():
        try:
            write_bytes_atomic(cache, _truetype(cut(source, text, flavor=None, drop=_NOT_NEEDED, features=_FEATURES)))
        except OSError:  # a read-only home: use the full font
            return source, frozenset()
        for stale in cache.parent.glob("cjk-common-*"):  # earlier recipes or font versions
            if stale != cache:
                stale.unlink(missing_ok=True)
    return cache, frozenset(text)


def cut(source: Path, chars: str, flavor: str | None, drop: Iterable[str] = (),
        features: Iterable[str] | None = None) -> bytes:
    """``source`` font cut down to ``chars`` (no hinting: screen text at report sizes), keeping
    only the layout ``features`` given (default: fontTools' usual set)."""
    from fontTools import subset

    options = subset.Options()
    options.flavor = flavor
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = ["*"]
    options.drop_tables += list(drop)
    if features is not None:
        options.layout_features = list(features)
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    buffer = io.BytesIO()
    subset.save_font(font, buffer, options)
    return buffer.getvalue()


def _truetype(otf: bytes) -> bytes:
    """CFF (cubic) outlines → TrueType (quadratic) ``glyf`` outlines, within 1 unit of 1000.

    Subsetting ``glyf`` copies bytes per glyph, while CFF must run every charstring: this
    is what makes a page's cut fast. After fontTools' ``Snippets/otf2ttf.py``.
    """
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(io.BytesIO(otf))
    order = font.getGlyphOrder()
    outlines = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)  # CFF has no components
        outlines[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, glyphs
    del font["CFF "]
    glyf.compile(font)  # computes each glyph's bounds
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        hmtx.metrics[name] = (hmtx.metrics[name][0], getattr(glyph, "xMin", 0))
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    # What each page's cut reads first, made cheap: the glyph names stored (without them fontTools derives every
    # name from the cmap on loading), and one cmap subtable, Windows Unicode BMP, the one browsers read (the
    # Unicode-platform copy doubled the cmap's decoding). A page's cut: ~25% faster.
    font["post"].formatType = 2.0
    font["post"].extraNames, font["post"].mapping = [], {}
    font["cmap"].tables = [table for table in font["cmap"].tables if (table.platformID, table.platEncID) == (3, 1)]
    font.sfntVersion = "\000\001\000\000"
    buffer = io.BytesIO()
    font.save(buffer)  # recalculates maxp's point and contour counts
    return buffer.getvalue()
