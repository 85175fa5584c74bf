"""The session layer: what opens and closes, the session rules, the timeline and the stream."""
