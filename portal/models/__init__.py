from .pages import BasePage, HomePage
from .reminders import SentReminder

__all__ = ["BasePage", "HomePage", "SentReminder"]
