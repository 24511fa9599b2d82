from .content_version import ContentVersion
from .pages import BasePage, HomePage
from .reminders import SentReminder

__all__ = ["BasePage", "ContentVersion", "HomePage", "SentReminder"]
