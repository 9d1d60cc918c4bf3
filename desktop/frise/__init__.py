"""Frise: turn French-language news articles into a dated, sourced chronology."""

__version__ = "0.1.0"
