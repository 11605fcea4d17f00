"""seedview domain model."""
