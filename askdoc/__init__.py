"""askdoc: an open-source ask-a-doctor platform."""
