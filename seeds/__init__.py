"""Bundled corpus."""
