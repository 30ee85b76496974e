"""The embedded CJK web font: right characters, faithful outlines, and the full-font fallback."""
from __future__ import annotations

import base64
import io
import re

from fontTools.pens.boundsPen import BoundsPen
from fontTools.ttLib import TTFont

from socialops.publish import fonts


def _font(b64: str) -> TTFont:
    return TTFont(io.BytesIO(base64.b64decode(b64)))


def _bounds(font: TTFont, char: str):
    name = font.getBestCmap()[ord(char)]
    pen = BoundsPen(font.getGlyphSet())
    font.getGlyphSet()[name].draw(pen)
    return pen.bounds


def test_page_font_holds_exactly_the_pages_cjk_characters():
    css = fonts.font_face_css('<p>茶语时光 reads 1,234：</p><img src="data:image/png;base64,5Lit5paH">')
    b64 = re.search(r"base64,([A-Za-z0-9+/=]+)\) format\('woff'\)", css).group(1)
    font = _font(b64)
    assert set(map(chr, font.getBestCmap())) == set("茶语时光：")
    assert "glyf" in font  # cut from the TrueType base
    # 'halt' lets browsers close up adjacent full-width punctuation (CSS text-spacing-trim)
    assert {r.FeatureTag for r in font["GPOS"].table.FeatureList.FeatureRecord} == {"halt"}
    assert fonts.font_face_css("plain latin text") == ""


def test_truetype_base_keeps_the_shapes_of_the_original():
    base = TTFont(str(fonts.base_font()[0]))
    original = TTFont(str(fonts.cjk_font_path()))
    for char in "茶语微博阅读量，":
        ours, theirs = _bounds(base, char), _bounds(original, char)
        assert all(abs(a - b) <= 2 for a, b in zip(ours, theirs)), (char, ours, theirs)
        name = base.getBestCmap()[ord(char)]
        assert base["hmtx"][name][0] == original["hmtx"][original.getBestCmap()[ord(char)]][0]


def test_rare_characters_come_from_the_full_font():
    rare = "龘"  # outside GB2312's common set
    assert rare not in fonts.base_font()[1]
    font = _font(fonts.font_subset(rare + "茶"))
    assert set(map(chr, font.getBestCmap())) == {rare, "茶"}
