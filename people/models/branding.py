"""A trust's logo and accent colour for the staff pages' header."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models

from people import branding

from .staff import Trust


class TrustBranding(models.Model):
    trust = models.OneToOneField(
        Trust, primary_key=True, on_delete=models.CASCADE, related_name="branding"
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown beside the trust's name at the top of every staff page, "
        f"{branding.LOGO_HEIGHT} pixels high. A logo with a transparent background works best.",
    )
    accent_colour = models.CharField(
        max_length=7,
        default=branding.DEFAULT_ACCENT,
        validators=[
            RegexValidator(
                r"^#[0-9a-fA-F]{6}$", "Give the colour as # and six hex digits, like #1d4f91."
            )
        ],
        help_text="The header's background, behind white text, like #1d4f91. It must "
        f"have a contrast of at least {branding.MIN_CONTRAST}:1 with white (WCAG 2.2 AA).",
    )

    class Meta:
        verbose_name = "trust branding"
        verbose_name_plural = "trust branding"

    def __str__(self):
        return f"Branding of {self.trust}"

    def clean(self):
        colour = (self.accent_colour or "").lower()
        self.accent_colour = colour
        if len(colour) != 7 or not colour.startswith("#"):
            return  # the field validator explains the format
        try:
            ratio = branding.contrast_ratio(colour, branding.WHITE)
        except ValueError:
            return
        if ratio < branding.MIN_CONTRAST:
            raise ValidationError(
                {
                    "accent_colour": f"White text on {colour} has a contrast of only "
                    f"{ratio:.1f}:1; WCAG 2.2 AA needs {branding.MIN_CONTRAST}:1. "
                    "Choose a darker colour."
                }
            )

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        branding.forget(self.trust_id)

    def delete(self, *args, **kwargs):
        trust_id = self.trust_id
        result = super().delete(*args, **kwargs)
        branding.forget(trust_id)
        return result
