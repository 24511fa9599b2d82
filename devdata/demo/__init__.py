"""The demo trust for ``load_demo``: every step is idempotent, so it can run again.

Steps run in the order of the layers: people first, then the handbook, training and
induction that refer to them.
"""

from django.db import transaction

from .branding import load_branding
from .handbook import load_handbook
from .induction import load_induction
from .people import load_home_page, load_people
from .snapshots import load_snapshots
from .training import load_training
from .vetting import load_vetting_checks

STEPS = [
    load_home_page,
    load_people,
    load_branding,
    load_vetting_checks,
    load_handbook,
    load_training,
    load_induction,
    load_snapshots,
]


def load_demo(stdout):
    with transaction.atomic():
        for step in STEPS:
            step(stdout)
