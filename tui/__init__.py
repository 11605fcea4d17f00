"""seedview interface."""
