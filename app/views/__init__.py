"""Qt widgets: the main window, its pages, dialogs and the one task runner."""
