#!/usr/bin/env python3
"""Builds the fonts bundled in assets/fonts/ (the window's fallback for CJK and Arabic).

Where they come from (both SIL Open Font License 1.1, see assets/fonts/OFL.txt):
  * Noto Sans CJK SC Regular, version 2.004, face 2 of NotoSansCJK-Regular.ttc in Debian's
    `fonts-noto-cjk` package (1:20220127+repack1-1; upstream https://github.com/notofonts/noto-cjk).
  * Noto Sans Arabic Regular, version 2.005, from Debian's `fonts-noto-core` package (20201225-1; upstream
    https://github.com/notofonts/arabic).

What the CJK subset covers: ASCII, the punctuation used with CJK text, CJK symbols and
punctuation, fullwidth and halfwidth forms, all of GB2312 (6763 Simplified characters, both
levels), Big5 level 1 (5401 common Traditional characters), JIS X 0208 level 1 (2965 common
Japanese kanji), Hiragana, Katakana, the 2350 Hangul syllables of KS X 1001 and the Hangul
compatibility jamo, plus every character of assets/i18n/*.ftl that the font has (so rerun
this after the translations change).

How to rerun (needs Python 3, `pip install fonttools brotli`, and apt-get or the fonts
installed):
    scripts/make_cjk_font.py              # downloads the two .deb packages with apt-get download
    scripts/make_cjk_font.py --cjk PATH.ttc --arabic PATH.ttf   # or uses fonts you have
It writes assets/fonts/NotoSansCJK-subset.otf and assets/fonts/NotoSansArabic-subset.ttf and
prints the character counts and sizes; rerunning with the same inputs gives the same files.
"""

import argparse
import glob
import os
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT_DIR = os.path.join(ROOT, "assets", "fonts")
CJK_OUT = os.path.join(OUT_DIR, "NotoSansCJK-subset.otf")
ARABIC_OUT = os.path.join(OUT_DIR, "NotoSansArabic-subset.ttf")
# Face 2 of the collection is the Simplified Chinese one (JP, KR, SC, TC, HK, then Mono).
CJK_FACE = 2
CJK_TTC = "usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
ARABIC_TTF = "usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf"


def ranges(*pairs):
    out = set()
    for lo, hi in pairs:
        out.update(range(lo, hi + 1))
    return out


def from_codec(codec, hi_range, lo_range=(0xA1, 0xFE)):
    """Every character a double-byte codec decodes in the given lead/trail byte ranges."""
    out = set()
    for hi in range(hi_range[0], hi_range[1] + 1):
        for lo in range(lo_range[0], lo_range[1] + 1):
            try:
                s = bytes([hi, lo]).decode(codec)
            except UnicodeDecodeError:
                continue
            out.update(ord(c) for c in s)
    return out


def big5_level1():
    # Big5 level 1 runs from 0xA440 to 0xC67E; trail bytes 0x40–0x7E and 0xA1–0xFE.
    out = set()
    for code in range(0xA440, 0xC67F):
        hi, lo = code >> 8, code & 0xFF
        if not (0x40 <= lo <= 0x7E or 0xA1 <= lo <= 0xFE):
            continue
        try:
            s = bytes([hi, lo]).decode("big5")
        except UnicodeDecodeError:
            continue
        out.update(ord(c) for c in s)
    return out


def ftl_chars():
    out = set()
    paths = glob.glob(os.path.join(ROOT, "assets", "i18n", "*.ftl"))
    paths += glob.glob(os.path.join(ROOT, "assets", "lessons", "*.ron"))
    for path in sorted(paths):
        with open(path, encoding="utf-8") as f:
            out.update(ord(c) for c in f.read() if ord(c) >= 0x80)
    return out


def cjk_codepoints():
    sets = {
        "ASCII and Latin punctuation": ranges((0x20, 0x7E), (0xA0, 0xBF), (0xD7, 0xD7), (0xF7, 0xF7)),
        "General punctuation": ranges((0x2010, 0x2027), (0x2030, 0x203B)),
        "CJK symbols and punctuation": ranges((0x3000, 0x303F)),
        "Hiragana": ranges((0x3041, 0x309F)),
        "Katakana": ranges((0x30A0, 0x30FF), (0x31F0, 0x31FF)),
        "Hangul compatibility jamo": ranges((0x3131, 0x318E)),
        "CJK compatibility forms": ranges((0xFE30, 0xFE4F)),
        "Fullwidth and halfwidth forms": ranges((0xFF01, 0xFFEE)),
        "GB2312 (Simplified, levels 1 and 2)": from_codec("gb2312", (0xB0, 0xF7)),
        "Big5 level 1 (Traditional)": big5_level1(),
        "JIS X 0208 level 1 (kanji)": from_codec("euc_jp", (0xB0, 0xCF)),
        "KS X 1001 Hangul syllables": from_codec("euc_kr", (0xB0, 0xC8)),
        "assets/i18n/*.ftl and assets/lessons/*.ron": ftl_chars(),
    }
    return sets


def arabic_codepoints():
    return ranges(
        (0x20, 0x2F),  # space and punctuation that the shaper keeps in the Arabic run
        (0x0600, 0x06FF),  # Arabic
        (0x0750, 0x077F),  # Arabic supplement
        (0x200C, 0x200F),  # ZWNJ, ZWJ, LRM, RLM
        (0xFB50, 0xFDFF),  # presentation forms A
        (0xFE70, 0xFEFF),  # presentation forms B
    )


def fetch_debs(tmp):
    subprocess.run(["apt-get", "download", "fonts-noto-cjk", "fonts-noto-core"], cwd=tmp, check=True)
    for deb in glob.glob(os.path.join(tmp, "*.deb")):
        subprocess.run(["dpkg-deb", "-x", deb, os.path.join(tmp, "x")], check=True)
    return os.path.join(tmp, "x", CJK_TTC), os.path.join(tmp, "x", ARABIC_TTF)


def subset(src, dst, codepoints, extra):
    from fontTools import subset as fts
    from fontTools.ttLib import TTFont

    # recalcTimestamp=False: the same inputs give the same bytes.
    font = TTFont(src, fontNumber=extra.get("face", -1), recalcTimestamp=False)
    cmap = font.getBestCmap()
    wanted = sorted(c for c in codepoints if c in cmap)
    options = fts.Options()
    options.hinting = False  # egui does not hint; dropping hints saves about a tenth
    options.desubroutinize = False
    options.name_IDs = ["*"]  # keep the copyright and licence records
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.layout_features = extra.get("features", ["*"])
    sub = fts.Subsetter(options)
    sub.populate(unicodes=wanted)
    sub.subset(font)
    font.save(dst, reorderTables=True)
    return len(wanted), len(codepoints - set(cmap))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cjk", help="NotoSansCJK-Regular.ttc (default: downloaded with apt-get)")
    ap.add_argument("--arabic", help="NotoSansArabic-Regular.ttf (default: downloaded with apt-get)")
    args = ap.parse_args()
    os.makedirs(OUT_DIR, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        cjk, arabic = args.cjk, args.arabic
        if not cjk or not arabic:
            got_cjk, got_arabic = fetch_debs(tmp)
            cjk, arabic = cjk or got_cjk, arabic or got_arabic
        sets = cjk_codepoints()
        all_cps = set().union(*sets.values())
        for name, s in sets.items():
            print(f"  {name}: {len(s)}")
        n, missing = subset(cjk, CJK_OUT, all_cps, {"face": CJK_FACE})
        print(f"{os.path.relpath(CJK_OUT, ROOT)}: {n} characters, {os.path.getsize(CJK_OUT)} bytes"
              f" ({missing} asked for that the font lacks, e.g. Arabic or accents from the .ftl files)")
        n, _ = subset(arabic, ARABIC_OUT, arabic_codepoints(), {})
        print(f"{os.path.relpath(ARABIC_OUT, ROOT)}: {n} characters, {os.path.getsize(ARABIC_OUT)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
