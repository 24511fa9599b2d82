from django.db import models


class SentReminder(models.Model):
    """A reminder that went out, so ``send_reminders`` never sends it twice."""

    key = models.CharField(max_length=255, unique=True)
    recipient = models.EmailField()
    subject = models.CharField(max_length=255)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-sent_at"]

    def __str__(self):
        return f"{self.subject} to {self.recipient}"
