"""Exports of the filtered chronology: PDF (through render/), CSV, JSON."""
