"""``make load``: Staffroom under gunicorn beside a stock ``wagtail start`` project.

Both run on this machine with 2 gunicorn workers and production settings (DEBUG off);
Staffroom with Redis (``REDIS_URL``, default redis://127.0.0.1:6379/1) on PostgreSQL
``staffroom_bench`` (filled by benchmarks/prepare.py), the stock
project as generated (SQLite) in /tmp, never committed. ``wrk`` (2 threads, 16
connections, 10 s after a 3 s warm-up, loopback only) drives, every request a first
visit (a new address each time): the stock home page, our published policy page and our
staff home as a logged-in person. Before the first request the database is vacuumed and
the run waits for the load average to settle; that load average is reported. Reports
requests per second, latency percentiles and the ratios to stock; merges them into
results.json.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import machine, report  # noqa: E402
from benchmarks.prepare import prepare  # noqa: E402

VENV = Path(sys.executable).parent
STOCK = Path("/tmp/staffroom-stock")  # noqa: S108 - a throwaway project, never committed
OURS, THEIRS = 8101, 8102
DURATION, THREADS, CONNECTIONS = 10, 2, 16
RATIOS = {"policy": 1.0, "home": 0.5}  # first visits, to the stock home page
PG = "postgres://postgres@127.0.0.1:5432/staffroom_bench"


def run(args, **kwargs):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kwargs)


def ensure_wrk():
    if shutil.which("wrk"):
        return
    print("wrk is missing: installing Debian's wrk package")
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=False)
    if not shutil.which("wrk"):
        run(["apt-get", "update", "-qq"])
        run(["apt-get", "install", "-y", "-qq", "wrk"])


def production_env(url):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DATABASE_URL": url,
        "SECRET_KEY": "staffroom-load-test-only",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        # Two-step verification stays required of HR, as deployed: the person measured is
        # plain staff, so it is checked on every page but never asked for.
        # As deployed: the shared caches and sessions in Redis.
        "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/1"),
    }


def stock_project():
    """A stock ``wagtail start`` project in /tmp with production settings (made once)."""
    if not (STOCK / "manage.py").exists():
        STOCK.mkdir(parents=True, exist_ok=True)
        run([str(VENV / "wagtail"), "start", "stock", str(STOCK)])
        (STOCK / "stock" / "settings" / "local.py").write_text(
            'SECRET_KEY = "stock-load-test-only"\nALLOWED_HOSTS = ["127.0.0.1"]\n'
        )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "stock.settings.production"}
    env.pop("DATABASE_URL", None)
    run([sys.executable, "manage.py", "migrate", "--no-input"], cwd=STOCK, env=env)
    if not (STOCK / "static" / "staticfiles.json").exists():
        run([sys.executable, "manage.py", "collectstatic", "--no-input"], cwd=STOCK, env=env)
    return env


def gunicorn(app, port, cwd, env):
    args = [str(VENV / "gunicorn"), app, "--workers=2", f"--bind=127.0.0.1:{port}"]
    args += ["--log-level=warning", "--access-logfile=/dev/null"]
    process = subprocess.Popen(args, cwd=cwd, env=env)
    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5)
            return process
        except urllib.error.HTTPError:
            return process  # it answers (a redirect to log in is an answer)
        except OSError:
            time.sleep(0.5)
    process.terminate()
    raise SystemExit(f"gunicorn on port {port} did not start")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url, cookie="", data=None, headers=None):
    opener = urllib.request.build_opener(NoRedirect)
    headers = {"Cookie": cookie, **(headers or {})}
    request = urllib.request.Request(url, data=data, headers=headers)  # noqa: S310 - http only
    try:
        response = opener.open(request, timeout=30)
    except urllib.error.HTTPError as err:  # 302 and friends land here
        response = err
    return response.status, response.headers, response.read().decode("utf-8", "replace")


def cookies_from(headers):
    return {
        c.split("=", 1)[0]: c.split("=", 1)[1].split(";", 1)[0]
        for c in headers.get_all("Set-Cookie") or []
    }


def log_in(base, username, password):
    """A session cookie, logging in through the real form (CSRF, django-axes; 2FA off)."""
    status, headers, html = fetch(f"{base}/accounts/login/")
    csrf = cookies_from(headers)["csrftoken"]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    body = urllib.parse.urlencode(
        {"username": username, "password": password, "csrfmiddlewaretoken": token}
    ).encode()
    status, headers, _ = fetch(
        f"{base}/accounts/login/",
        cookie=f"csrftoken={csrf}",
        data=body,
        headers={"Referer": f"{base}/accounts/login/"},
    )
    session = cookies_from(headers).get("sessionid")
    if status != 302 or not session:
        raise SystemExit(f"could not log in as {username} (HTTP {status})")
    return f"sessionid={session}"


# Every request a new address (?visit=N), so no copy of a page kept anywhere (a proxy, a
# browser) could answer: what a first visit costs, as when everyone opens a newly
# published policy once. Only shared caches (site, page, rendered bodies) help.
FIRST_VISITS = """
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, wrk.path .. "?visit=" .. n .. "-" .. math.random(1e9))
end
"""


def wrk(url, cookie="", script=None):
    status, _, _ = fetch(url, cookie)
    if status != 200:
        raise SystemExit(f"{url} answered HTTP {status}, not 200")
    header = ["-H", f"Cookie: {cookie}"] if cookie else []
    if script:
        path = Path("/tmp/staffroom-wrk.lua")  # noqa: S108 - throwaway
        path.write_text(script)
        header += ["-s", str(path)]
    base = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", "--timeout=30s", "--latency", *header, url]
    run([*base[:1], "-d3s", *base[1:]])  # warm-up
    out = run([*base[:1], f"-d{DURATION}s", *base[1:]]).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = {p: _ms(re.search(rf"\s{p}%\s+([\d.]+\w+)", out).group(1)) for p in (50, 90, 99)}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, latency, int(errors.group(1)) if errors else 0


def _ms(text):
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", choices=["small", "full"], default="full")
    args = parser.parse_args()
    ensure_wrk()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        os.environ["DATABASE_URL"] = PG
    url, _ = prepare(args.scale)
    ours_env = production_env(url)
    # Every time: a static file added since the last run would be missing from the manifest.
    print("collectstatic for the production settings…")
    run([sys.executable, "manage.py", "collectstatic", "--no-input"], cwd=ROOT, env=ours_env)
    stock_env = stock_project()
    processes = [
        gunicorn("portal.wsgi:application", OURS, ROOT, ours_env),
        gunicorn("stock.wsgi:application", THEIRS, STOCK, stock_env),
    ]
    try:
        settle(url)
        # Taken now, before the first request: the load average that the figures ran on.
        info = machine.describe(f"PostgreSQL ({url.rsplit('/', 1)[-1]}); stock: SQLite")
        ours = f"http://127.0.0.1:{OURS}"
        cookie = log_in(ours, "scale-staff", "staffroom-scale")
        policy = policy_path(url)
        stock = f"http://127.0.0.1:{THEIRS}/"
        targets = [
            ("stock", "stock wagtail start: home page, first visits", stock, ""),
            ("policy", "Staffroom: published policy page, first visits", ours + policy, cookie),
            ("home", "Staffroom: staff home, first visits", f"{ours}/", cookie),
        ]
        figures, rates = [], {}
        for key, label, target, cookie_header in targets:
            rps, latency, errors = wrk(target, cookie_header, FIRST_VISITS)
            rates[key] = rps
            figures.append(report.figure(f"load: {label}", rps, "req/s", None))
            for p, ms in latency.items():
                figures.append(report.figure(f"load: {label}, p{p} latency", ms, "ms", None))
            if errors:
                raise SystemExit(f"{target}: {errors} responses were not 2xx/3xx")
        for key, budget in RATIOS.items():
            ratio = rates[key] / rates["stock"]
            name = "policy page" if key == "policy" else "staff home"
            figures.append(
                report.figure(
                    f"load: {name} first visits / stock home", ratio, "x stock", budget, False
                )
            )
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=30)
    info.update(load=f"wrk -t{THREADS} -c{CONNECTIONS} -d{DURATION}s, gunicorn 2 workers")
    print()
    print(report.table(figures, info))
    report.write(figures, info, merge=True)
    return 0 if all(f["ok"] for f in figures) else 1


def settle(url, quiet=1.0, patience=120):
    """Let our own preparation die down before measuring: VACUUM ANALYZE (so autovacuum
    does not start on the freshly generated tables mid-run), then wait up to
    ``patience`` seconds for the one-minute load average to fall to ``quiet``."""
    run(["psql", url, "-qc", "VACUUM ANALYZE"])
    for _ in range(patience):
        if os.getloadavg()[0] <= quiet:
            return
        time.sleep(1)
    print(f"load average still {os.getloadavg()[0]:.2f} after {patience} s: measuring anyway")


def policy_path(url):
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "benchmarks.settings"}
    code = (
        "import django; django.setup(); from handbook.models import PolicyPage; "
        "print(PolicyPage.objects.live().filter(slug__startswith='scale-')"
        ".order_by('pk').first().get_url())"
    )
    return run([sys.executable, "-c", code], cwd=ROOT, env=env).stdout.strip()


if __name__ == "__main__":
    sys.exit(main())
