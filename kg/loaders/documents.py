"""Entry point for the papers half of the loader."""
from kg.loaders.papers import parse_documents

__all__ = ["parse_documents"]
