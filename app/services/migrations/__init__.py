"""Alembic migrations of the CVM Director database (run through app.services.store)."""
