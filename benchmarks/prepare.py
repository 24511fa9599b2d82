"""Choose the benchmark database and fill it: migrate, demo content, scale data.

Never the test suite's database: SQLite ``benchmarks/.data/bench-<scale>.sqlite3`` by
default; with a PostgreSQL ``DATABASE_URL``, the ``staffroom_bench`` database on the
same server (created if missing); ``BENCH_DATABASE_URL`` overrides both.
Scale data is regenerated only when the size or seed asked for changed.
"""

import json
import os
import subprocess
import sys
import time
from hashlib import sha1
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / ".data"
SCALES = {"small": {"schools": 5, "staff": 1000}, "full": {"schools": 50, "staff": 10_000}}
BENCH_DB = "staffroom_bench"
PYTHON = sys.executable


def database_url(scale):
    if os.environ.get("BENCH_DATABASE_URL"):
        return os.environ["BENCH_DATABASE_URL"]
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        parts = urlsplit(url)
        return urlunsplit(parts._replace(path=f"/{BENCH_DB}"))
    DATA.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{DATA / f'bench-{scale}.sqlite3'}"


def ensure_postgres_database(url):
    if not url.startswith(("postgres://", "postgresql://")):
        return
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if name == "test":
        raise SystemExit("Refusing to benchmark on the test suite's database 'test'.")
    args = ["-h", parts.hostname or "127.0.0.1", "-U", parts.username or "postgres"]
    if parts.port:
        args += ["-p", str(parts.port)]
    found = subprocess.run(
        [
            "psql",
            *args,
            "-d",
            "postgres",
            "-tAc",
            f"SELECT 1 FROM pg_database WHERE datname='{name}'",  # noqa: S608 - our own name
        ],
        capture_output=True,
        text=True,
    )
    if found.stdout.strip() != "1":
        subprocess.run(["createdb", *args, name], check=True)


def env_for(url, settings="benchmarks.settings"):
    return {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": settings}


def manage(url, *args, quiet=True):
    return subprocess.run(
        [PYTHON, str(ROOT / "manage.py"), *args],
        env=env_for(url),
        cwd=ROOT,
        check=True,
        capture_output=quiet,
        text=True,
    )


def marker_path(url):
    return DATA / f"marker-{sha1(url.encode()).hexdigest()[:12]}.json"  # noqa: S324


def prepare(scale, seed=1, log=print):
    """Return (database url, marker dict with the generation's time and counts)."""
    url = database_url(scale)
    ensure_postgres_database(url)
    DATA.mkdir(parents=True, exist_ok=True)
    log(f"database: {url}")
    manage(url, "migrate", "--no-input")
    wanted = {"scale": scale, "seed": seed, **SCALES[scale]}
    marker = marker_path(url)
    stored = json.loads(marker.read_text()) if marker.exists() else {}
    if stored.get("wanted") == wanted:
        log(f"scale data already there ({scale}, seed {seed}): not regenerated")
        return url, stored
    log("loading demo content (page tree, groups)…")
    manage(url, "load_demo")
    log(f"generating scale data: {wanted['staff']} staff in {wanted['schools']} schools…")
    started = time.monotonic()
    done = manage(
        url,
        "generate_scale_data",
        f"--schools={wanted['schools']}",
        f"--staff={wanted['staff']}",
        f"--seed={seed}",
    )
    seconds = round(time.monotonic() - started, 1)
    log(done.stdout.rstrip())
    stored = {"wanted": wanted, "seconds": seconds, "output": done.stdout, "fresh": True}
    marker.write_text(json.dumps(stored, indent=1))
    return url, stored
