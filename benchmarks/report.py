"""Figures beside their budgets: the printed table and benchmarks/results.json."""

import json
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results.json"


def figure(name, value, unit, budget, lower_is_better=True):
    """One result; ``budget`` None means "reported, no budget" (always ok)."""
    ok = True
    if budget is not None:
        ok = value <= budget if lower_is_better else value >= budget
    return {"name": name, "value": round(value, 3), "unit": unit, "budget": budget, "ok": ok}


def table(figures, machine):
    lines = [
        f"Machine: {machine['nproc']} CPUs ({machine['cpu']}), {machine['memory_gb']} GB, "
        f"{machine['database']}, Python {machine['python']}",
        f"Load average at start: {machine['load_average_at_start']}"
        + (
            "  (busy: other jobs share these CPUs, so the figures are pessimistic)"
            if machine["busy"]
            else ""
        ),
        "",
        f"{'benchmark':<72} {'value':>9} {'unit':<8} {'budget':>8}  ok",
        "-" * 104,
    ]
    for f in figures:
        budget = "-" if f["budget"] is None else f"{'≥' if _higher(f) else '≤'} {f['budget']:g}"
        value = f"{f['value']:.0f}" if f["value"] >= 100 else f"{f['value']:.3g}"
        lines.append(
            f"{f['name'][:72]:<72} {value:>9} {f['unit']:<8} {budget:>8}  "
            f"{'yes' if f['ok'] else 'NO'}"
        )
    return "\n".join(lines)


def _higher(f):
    return f["unit"] in ("req/s", "x stock")


def write(figures, machine, path=RESULTS, merge=False):
    """Write the list of figures; the machine is a figure-free header entry.

    With ``merge``, figures of the same name already in the file are replaced and
    the others kept (the load test adds its figures to the benchmark's).
    """
    existing = []
    if merge and path.exists():
        existing = [
            f for f in json.loads(path.read_text()) if f["name"] not in {g["name"] for g in figures}
        ]
        existing = [f for f in existing if f["name"] != "machine"]
    machine_entry = {"name": "machine", "value": None, "unit": "", "budget": None, "ok": True}
    machine_entry["machine"] = machine
    path.write_text(json.dumps([machine_entry, *existing, *figures], indent=1) + "\n")
