"""Backups: the database with its native tool, plus local documents, plus a manifest.

SQLite is copied with SQLite's online backup API; PostgreSQL with ``pg_dump`` in
custom format (restored with ``pg_restore``). Documents on local disk (public media
and the private documents) are copied beside it. Documents on S3-compatible storage
are not copied: keep them with the bucket's own versioning and replication.
The manifest records how many rows each table had, so a restore can prove itself.
"""

import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.utils import timezone

SQLITE_FILE = "database.sqlite3"
PG_FILE = "database.pgdump"


def row_counts():
    return {
        model._meta.label: model._base_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }


def _pg_env_and_args():
    db = connection.settings_dict
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    args = ["-h", db.get("HOST") or "127.0.0.1", "-p", str(db.get("PORT") or 5432)]
    if db.get("USER"):
        args += ["-U", db["USER"]]
    return env, args, db["NAME"]


def _local_roots():
    return {"media": Path(settings.MEDIA_ROOT), "private-media": Path(settings.PRIVATE_MEDIA_ROOT)}


def backup(output_dir):
    """Write a backup into a new folder under ``output_dir`` and return its path."""
    target = Path(output_dir) / f"staffroom-{timezone.now():%Y%m%d-%H%M%S}"
    target.mkdir(parents=True, exist_ok=False)
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(target / SQLITE_FILE) as destination:
            connection.connection.backup(destination)
    elif connection.vendor == "postgresql":
        env, args, name = _pg_env_and_args()
        subprocess.run(  # noqa: S603 - a fixed argument list for PostgreSQL's own tool
            [  # noqa: S607
                "pg_dump",
                *args,
                "--format=custom",
                "--no-owner",
                "--no-acl",
                "-f",
                str(target / PG_FILE),
                name,
            ],
            env=env,
            check=True,
            capture_output=True,
        )
    else:
        raise RuntimeError(f"No backup method for the {connection.vendor} database.")
    for name, root in _local_roots().items():
        if root.is_dir():
            shutil.copytree(root, target / name)
    manifest = {
        "created": timezone.now().isoformat(),
        "database": connection.vendor,
        "rows": row_counts(),
    }
    (target / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True))
    return target


def restore(source):
    """Replace the database and local documents with a backup; return the manifest."""
    source = Path(source)
    manifest = json.loads((source / "manifest.json").read_text())
    if manifest["database"] != connection.vendor:
        raise RuntimeError(
            f"This backup is of a {manifest['database']} database; "
            f"this site uses {connection.vendor}."
        )
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(source / SQLITE_FILE) as backup_db:
            backup_db.backup(connection.connection)
    else:
        connection.close()
        env, args, name = _pg_env_and_args()
        subprocess.run(  # noqa: S603 - a fixed argument list for PostgreSQL's own tool
            [  # noqa: S607
                "pg_restore",
                *args,
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-acl",
                "--single-transaction",
                "-d",
                name,
                str(source / PG_FILE),
            ],
            env=env,
            check=True,
            capture_output=True,
        )
    for name, root in _local_roots().items():
        if (source / name).is_dir():
            shutil.copytree(source / name, root, dirs_exist_ok=True)
    return manifest


def differences(manifest):
    """Tables whose row count differs from the manifest's: empty after a good restore."""
    now = row_counts()
    return {
        label: (count, now.get(label))
        for label, count in manifest["rows"].items()
        if now.get(label) != count
    }
