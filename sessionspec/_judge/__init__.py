"""The judge of one document: the engines, the pipeline, the explanations and lint."""
