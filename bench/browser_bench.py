"""Time to first chart in headless Chromium, cold and with a warm cache.

    .venv/bin/python bench/browser_bench.py [--repeat 10] [--port 8765]

Makes a scratch SQLite database with a little synthetic data (`generate_demo_data`, 300
people, 3,000 moves), runs `collectstatic` into a scratch STATIC_ROOT (hashed, compressed
files, as a deployment serves them), starts `manage.py runserver` with DEBUG off (whitenoise
serves the static files), and opens chart pages in Debian's Chromium through Playwright
(`executable_path=/usr/bin/chromium`, `--no-sandbox`) with one persistent profile, so the
second and later visits find plotly.js in the HTTP cache (and V8's code cache).

For each page it prints the time from navigation start to the first chart's SVG in the DOM
(a MutationObserver records `performance.now()` when `[data-figure] .main-svg` appears),
p50/p95 over the warm visits, the first (cold) visit, the bytes of plotly.js on the wire,
its Content-Encoding and its Cache-Control.
"""

import argparse
import math
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
TARGET_MS = 1000

# Records when the first chart is drawn, relative to navigation start.
OBSERVER = """
(() => {
  const mark = () => {
    if (window.__firstChart === undefined && document.querySelector('[data-figure] .main-svg')) {
      window.__firstChart = performance.now();
      return true;
    }
    return false;
  };
  new MutationObserver((_, obs) => { if (mark()) obs.disconnect(); })
    .observe(document, {childList: true, subtree: true});
})();
"""


def percentile(sorted_values, fraction):
    return sorted_values[max(0, math.ceil(fraction * len(sorted_values)) - 1)]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def manage(env, *args, **kwargs):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True, **kwargs
    )


def wait_for(url, timeout=60):
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the server did not answer {url}")


def chart_pages(env):
    """A person, the biggest organisation and the flows page, picked from the data."""
    script = (
        "import django; django.setup()\n"
        "from django.db.models import Count\n"
        "from timeline.models import Organization, Person\n"
        "p = Person.objects.annotate(n=Count('moves')).order_by('-n', 'id').first()\n"
        "o = Organization.objects.annotate(n=Count('moves_in')).order_by('-n', 'id').first()\n"
        "print(p.slug); print(o.slug)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout.split()
    return [
        ("person", f"/people/{out[0]}/"),
        ("organisation", f"/organizations/{out[1]}/"),
        ("flows", "/flows/?n=10"),
    ]


def visit(page, url):
    """(ms to first chart, plotly.js response or None) for one navigation."""
    seen = {}

    def on_response(response):
        if "/vendor/plotly" in response.url:
            seen["plotly"] = response

    page.on("response", on_response)
    page.goto(url, wait_until="load")
    page.wait_for_function("window.__firstChart !== undefined", timeout=30_000)
    ms = page.evaluate("window.__firstChart")
    entry = page.evaluate(
        "(() => { const e = performance.getEntriesByType('resource').find(r => r.name.includes('/vendor/plotly'));"
        " return e ? {transfer: e.transferSize, encoded: e.encodedBodySize, decoded: e.decodedBodySize} : null; })()"
    )
    page.remove_listener("response", on_response)
    return ms, seen.get("plotly"), entry


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=10, help="warm visits per page (default 10)")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    workdir = Path(tempfile.mkdtemp(prefix="browser-bench-"))
    port = args.port or free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"PYTEST_VERSION", "DEBUG"}}
    env.update(
        DATABASE_URL=f"sqlite:///{workdir / 'bench.sqlite3'}",
        STATIC_ROOT=str(workdir / "static"),
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),  # the server refuses the public development key
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_COOKIES="0",
        SECURE_HSTS_SECONDS="0",
        DJANGO_SETTINGS_MODULE="timeline.settings",
        PYTHONPATH=str(ROOT),
    )
    server = None
    try:
        manage(env, "migrate", "--noinput")
        manage(env, "generate_demo_data", "--people", "300", "--moves", "3000", "--orgs", "60", "--seed", "1")
        started = time.perf_counter()
        manage(env, "collectstatic", "--noinput", "-v0")
        print(f"collectstatic: {time.perf_counter() - started:.1f} s")
        pages = chart_pages(env)
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(base + "/")
        print(f"{'page':<14} {'cold ms':>8} {'warm p50':>9} {'warm p95':>9}  plotly.js on the wire")
        slow = []
        with sync_playwright() as pw:
            context = pw.chromium.launch_persistent_context(
                str(workdir / "profile"),
                executable_path=CHROMIUM,
                headless=True,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
            )
            context.add_init_script(OBSERVER)
            page = context.new_page()
            for label, path in pages:
                cold, response, entry = visit(page, base + path)
                headers = response.all_headers() if response else {}
                # transferSize is 0 when the file came from the cache.
                wire = (
                    f"{entry['transfer'] / 1024:.0f} KiB transferred ({headers.get('content-encoding', 'identity')}"
                    f" of {entry['decoded'] / 1024:.0f} KiB); {headers.get('cache-control', '')}"
                    if entry and headers and entry["transfer"]
                    else "from the cache"
                )
                warm = []
                for _ in range(args.repeat):
                    ms, _, _ = visit(page, base + path)
                    warm.append(ms)
                warm.sort()
                p50, p95 = percentile(warm, 0.5), percentile(warm, 0.95)
                if p95 > TARGET_MS:
                    slow.append(label)
                print(f"{label:<14} {cold:8.0f} {p50:9.0f} {p95:9.0f}  {wire}")
            context.close()
        print(f"pages over the {TARGET_MS} ms warm-cache target: {', '.join(slow) if slow else 'none'}")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
