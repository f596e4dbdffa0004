"""Domain services: plain functions and classes over a Session, no Qt widgets."""
