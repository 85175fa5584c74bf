"""The shared core: codes and issues, reports, words for messages."""
