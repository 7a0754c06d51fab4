"""CRM Desktop: customer management for office staff."""

# The one place the version is written: pyproject.toml reads it, and so does the frozen build.
__version__ = "0.1.0"
APP_NAME = "CRM Desktop"
APP_ID = "crm-desktop"
