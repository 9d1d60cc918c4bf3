"""QtWidgets: the main window and everything the user touches."""
