"""The faces: the Python API, the command line, its configuration and its output."""
