"""Take the README's dashboard screenshot (docs/dashboard.png) with Debian's chromium.

    python tools/dashboard_screenshot.py --db demo.duckdb [--out docs/dashboard.png] [--view timeline]

Serves the database on a free loopback port, opens the view, clicks its largest bar (for the
timeline) so the evidence drawer shows the sentences behind it, and saves a 1400x900 PNG.
Make the database with ``dyad ingest examples/ --db demo.duckdb``.
"""

from __future__ import annotations

import argparse
import socket
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "dashboard.png")
    ap.add_argument(
        "--view", default="timeline", choices=["timeline", "dyad", "network", "map", "reader", "quotes"]
    )
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()

    import uvicorn
    from playwright.sync_api import sync_playwright

    from dyad.serve import create_app

    app = create_app(args.db)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=args.chromium, headless=True, args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(f"http://127.0.0.1:{port}/#{args.view}")
            page.locator(f"body[data-ready='{args.view}']").wait_for(state="attached", timeout=20000)
            if args.view == "timeline":
                bars = page.locator("#timeline-svg rect.point")
                sizes = bars.evaluate_all("rs => rs.map(r => Number(r.dataset.events))")
                if sizes:
                    bars.nth(sizes.index(max(sizes))).click()
                    page.locator("#evidence-list li").first.wait_for()
                    page.mouse.move(5, 880)  # no tooltip in the picture
            page.wait_for_timeout(300)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
            browser.close()
    finally:
        server.should_exit = True
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
