"""Run one management command in this process and print its time and peak memory.

``python benchmarks/child.py export_scr --format xlsx --output f.xlsx`` prints one JSON
line: {"seconds", "peak_rss_mb", "stdout"}. The peak RSS is the whole process's
(Python, Django and the command), measured by the kernel (``ru_maxrss``).
"""

import io
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv):
    import django

    django.setup()
    from django.core.management import call_command

    out = io.StringIO()
    started = time.monotonic()
    call_command(*argv, stdout=out)
    seconds = time.monotonic() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_rss_mb": peak_kb / 1024, "stdout": out.getvalue()}))


if __name__ == "__main__":
    main(sys.argv[1:])
