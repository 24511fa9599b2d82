from django.db import migrations

# The usual policy areas of an English school. Review periods are editable
# defaults: child protection at least annually (people/sources.py "policy_review"); data
# protection is commonly two-yearly; the governing board sets the rest.
CATEGORIES = [
    ("Safeguarding and child protection", 12),
    ("Behaviour", 12),
    ("Data protection", 24),
    ("Intimate care", 24),
    ("Positive handling and reasonable force", 12),
    ("Health and safety", 12),
    ("First aid", 12),
    ("Code of conduct", 12),
    ("Whistleblowing", 24),
    ("Online safety", 12),
    ("SEND", 12),
    ("Attendance", 12),
]


def seed(apps, schema_editor):
    PolicyCategory = apps.get_model("handbook", "PolicyCategory")
    for name, months in CATEGORIES:
        PolicyCategory.objects.get_or_create(name=name, defaults={"default_review_months": months})


class Migration(migrations.Migration):
    dependencies = [("handbook", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
