"""The schema catalog: the families, their versions and targets, and their renderings."""
