"""Converting bodies between the Media Collection API and the Media Edge API."""
