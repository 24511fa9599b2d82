"""The machine and database a run was taken on, stated beside every figure."""

import os
import platform
import subprocess


def _first(path, key):
    try:
        with open(path) as fileobj:
            for line in fileobj:
                if line.startswith(key):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def describe(database=""):
    memory_kb = _first("/proc/meminfo", "MemTotal").split()[0]
    load = os.getloadavg()
    return {
        "nproc": os.cpu_count(),
        "memory_gb": round(int(memory_kb) / 1024 / 1024, 1) if memory_kb.isdigit() else None,
        "cpu": _first("/proc/cpuinfo", "model name"),
        "python": platform.python_version(),
        "database": database,
        "load_average_at_start": [round(x, 2) for x in load],
        "busy": load[0] > (os.cpu_count() or 1) * 0.5,
    }


def database_description(connection):
    if connection.vendor == "sqlite":
        import sqlite3

        return f"SQLite {sqlite3.sqlite_version}"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return f"PostgreSQL {cursor.fetchone()[0]}"


def git_commit():
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""
