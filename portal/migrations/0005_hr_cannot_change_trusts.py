"""HR of a school no longer renames, adds or deletes trusts (issue #8: Trust HR keeps the
trust's name and branding). ``setup_groups`` only adds permissions, so an existing HR
group loses these here."""

from django.db import migrations

TAKEN = ["add_trust", "change_trust", "delete_trust"]


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="HR").first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="portal", codename__in=TAKEN)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0004_trust_branding"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
