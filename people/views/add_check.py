""" "Add a vetting check" started from a person's compliance summary, already filled in.

The summary links to the create form with ``?staff_member=<id>&check_type=<type>``. Only a
person in the user's HR scope is filled in: an id from outside it is ignored, so the form
never shows a name the user may not see (UK GDPR Art. 5(1)(f), need-to-know).
"""

from django.urls import reverse
from django.utils.http import urlencode

from people.scope import hr_staff


def prefill(user, query, check_types):
    """Initial form values from the query string; anything not acceptable is left out."""
    initial = {}
    pk = query.get("staff_member", "")
    if pk.isdigit() and hr_staff(user).filter(pk=int(pk)).exists():
        initial["staff_member"] = int(pk)
    check_type = query.get("check_type", "")
    if check_type in check_types:
        initial["check_type"] = check_type
    return initial


def add_url(staff_member, check_type=""):
    """The create form's address for this person (and this check type, if given)."""
    query = {"staff_member": staff_member.pk}
    if check_type:
        query["check_type"] = check_type
    return f"{reverse('vetting_checks:add')}?{urlencode(query)}"


class PrefillMixin:
    def get_initial(self):
        field = self.model._meta.get_field("check_type")
        choices = {value for value, _label in field.choices}
        return {**super().get_initial(), **prefill(self.request.user, self.request.GET, choices)}
