"""CVM Director: desktop program for vocational CVM centers and their network colleges."""

__version__ = "0.1.0"
APP_NAME = "CVM Director"
ORG_NAME = "CVM Director"
