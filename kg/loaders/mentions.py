"""Entry point for names and acronyms found in free text."""
from kg.loaders.glossary import find_glossary

__all__ = ["find_glossary"]
