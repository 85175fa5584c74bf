"""Readers: JSON text and its positions, Python values, files, HAR captures and the input forms."""
