"""Render one page of a countertrial HTML report in headless Chromium and save a PNG.

Not part of the test suite (it needs a browser). Typical use, after `countertrial demo --out D`:

    python bench/screenshot.py D/report.html --anchor person-krestinsky --out dossier.png

The report is copied to a temporary file whose CSS shows only the chosen section, so the
screenshot is of that dossier (or finding) page as a reader would see it, opened from disk with
networking off.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--hide-scrollbars")


def isolate(html: str, anchor: str) -> str:
    """The report with only ``#anchor`` visible (plus the page header)."""
    if not re.fullmatch(r"[a-z0-9_-]+", anchor):
        raise SystemExit(f"anchor '{anchor}' must be a report anchor such as person-krestinsky")
    if f'id="{anchor}"' not in html:
        raise SystemExit(f"no section with id '{anchor}' in the report")
    css = (f"main > section, nav.toc, footer, .people {{ display: none !important; }}"
           f" main > section:has(#{anchor}) {{ display: block !important; }}"
           f" main > section:has(#{anchor}) > :not(#{anchor}) {{ display: none !important; }}"
           f" #{anchor} {{ display: block !important; }} #{anchor} details {{ display: block; }}")
    return html.replace("</style>", css + "</style>", 1).replace("<details>", "<details open>")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("report", type=Path, help="the report.html to render")
    parser.add_argument("--anchor", default="person-krestinsky", help="section to show (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=Path("dossier.png"), help="PNG to write")
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=1600)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args(argv)
    page = isolate(args.report.read_text("utf-8"), args.anchor)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(page, "utf-8")
        out = args.out.resolve()
        cmd = [args.chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp}/profile", f"--screenshot={out}",
               f"--window-size={args.width},{args.height}", path.as_uri()]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0 or not out.is_file():
        sys.stderr.write(proc.stderr[-2000:])
        return 1
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
