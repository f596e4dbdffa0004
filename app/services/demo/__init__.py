"""A deterministic demo network: one CVM center with its colleges, enterprises and people.

``build_demo(store, seed=..., scale=..., today=...)`` fills a new database; the same
arguments always give the same content (row uuids included), apart from the sync stamps.
"""

from app.services.demo.builder import DemoError, DemoSummary, build_demo

__all__ = ["DemoError", "DemoSummary", "build_demo"]
