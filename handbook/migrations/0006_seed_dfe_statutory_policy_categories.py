"""The DfE's statutory policies for schools and academy trusts, as policy categories.

Idempotent: a category is created if missing, and its statutory fields are set; the
default review interval of an existing category is only lowered to meet the
statutory period, never raised. Source: people/sources.py "policy_review" (DfE,
"Statutory policies for schools and academy trusts"). DfE recommends annual review for
most; the statutory periods below are the ones the advice fixes.
"""

from django.db import migrations

ALL, MAINTAINED = "all", "maintained"

# name, default review months, statutory review months (None: the board decides), for
STATUTORY = [
    ("Safeguarding and child protection", 12, 12, ALL),
    ("Admissions arrangements", 12, None, ALL),
    ("Behaviour", 12, None, ALL),
    ("Careers guidance and provider access", 12, None, ALL),
    ("Charging and remissions", 12, None, ALL),
    ("Complaints", 12, None, ALL),
    ("Data protection", 12, None, ALL),
    ("Equality objectives", 48, 48, ALL),
    ("Health and safety", 12, None, ALL),
    ("Premises management", 12, None, ALL),
    ("Relationships, sex and health education", 12, None, ALL),
    ("Attendance", 12, None, ALL),
    ("Suspensions and exclusions", 12, None, ALL),
    ("School uniform", 12, None, ALL),
    ("Supporting pupils with medical conditions", 12, None, ALL),
    ("SEN information report", 12, 12, ALL),
    ("Accessibility plan", 36, 36, ALL),
    ("Allegations against staff", 12, None, ALL),
    ("Staff capability", 12, None, MAINTAINED),
    ("Staff discipline, conduct and grievance", 12, None, MAINTAINED),
    ("Teacher appraisal and pay", 12, 12, MAINTAINED),
    ("Early years foundation stage", 12, None, ALL),
    ("Governors' allowances", 12, None, MAINTAINED),
]


def seed(apps, schema_editor):
    PolicyCategory = apps.get_model("handbook", "PolicyCategory")
    for name, default, ceiling, applies_to in STATUTORY:
        category, _ = PolicyCategory.objects.get_or_create(
            name=name, defaults={"default_review_months": default}
        )
        category.statutory_review_months = ceiling
        category.applies_to = applies_to
        if ceiling and category.default_review_months > ceiling:
            category.default_review_months = ceiling
        category.save()


class Migration(migrations.Migration):
    dependencies = [("handbook", "0005_policy_category_statutory_review")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
