"""Answering a question: intent -> hits -> evidence with context -> re-ranked -> graph facts -> quotes -> answer."""
