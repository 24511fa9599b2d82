"""The content token's one row (see ``portal.content_version``)."""

from django.db import models


class ContentVersion(models.Model):
    """One row whose token changes whenever shared, non-personal content changes.

    It lives in the database beside the content it versions, so a change and its new
    token commit together, any process that writes (a command run with any settings, a
    restore) changes the token every reader sees, and a rolled-back change rolls it back.
    """

    token = models.CharField(max_length=32)

    def __str__(self):
        return self.token
