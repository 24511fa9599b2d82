"""The --school option the import commands share: which school a file without a School
column is for, and the schools the command may touch (every one: it runs as the
operator of the whole system)."""

from django.core.management.base import CommandError

from people.importers.schools import find_school


def add_school_option(parser):
    parser.add_argument(
        "--school",
        help="URN or exact name of the school the file is for (needed when the file has "
        "no School column)",
    )


def school_from_option(value):
    if not value:
        return None
    school, problem = find_school(value)
    if problem:
        raise CommandError(f"--school: {problem}")
    return school
