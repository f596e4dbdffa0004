"""Thai PDF reports: the engine (fonts, Thai line breaking, official layout) and the catalogue
of reports the manual asks for."""
