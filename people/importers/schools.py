"""Which school a file (or a row of it) is for, and whether the importer may touch it."""

from people.models import School


def find_school(value, schools=None):
    """(school, problem): by URN or exact name (case-insensitive); never a near match."""
    schools = list(School.objects.all() if schools is None else schools)
    text = " ".join(str(value).split())
    if text.isdigit():
        matches = [s for s in schools if s.urn == text]
    else:
        matches = [s for s in schools if s.name.casefold() == text.casefold()]
    if len(matches) == 1:
        return matches[0], None
    if not matches:
        return None, f"no school “{text}” (give the URN or the exact name)"
    return None, f"“{text}” matches {len(matches)} schools: give the URN"
