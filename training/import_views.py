"""The admin upload of training records: the people import screens (preview, column
choices, confirm or cancel), with training's own importer and vocabulary."""

from people.scope import hr_staff
from people.views.imports import ImportView
from training.importers import vocab_training
from training.importers.records import TrainingImport


def training_import(data, user, filename, school=None, create=False, mapping=None, **choices):
    staff = hr_staff(user)
    return TrainingImport(
        data,
        user=user,
        staff=staff.filter(school=school) if school else staff,
        filename=filename,
        create_courses=create,
        saved_mapping=mapping,
    )


class TrainingImportView(ImportView):
    kinds = {
        "training": (
            "Import training records",
            training_import,
            "wagtailadmin_home",
            vocab_training.VOCABULARY,
        )
    }
