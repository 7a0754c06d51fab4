"""CRM Desktop: customer management for office staff."""

__version__ = "0.1.0"
APP_NAME = "CRM Desktop"
APP_ID = "crm-desktop"
