"""The page shell shared by every report and the index: templates and stylesheet.

Kept apart from :mod:`socialops.render` so building the index needs neither papermill
nor nbconvert: the CLI builds it while workers render, and imports only this.
"""
from __future__ import annotations

import functools
from pathlib import Path

import jinja2

TEMPLATES = Path(__file__).parents[1] / "templates"


@functools.lru_cache(maxsize=1)
def templates() -> jinja2.Environment:
    """The page templates, loaded and compiled once per process (reports and the index share them)."""
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)


@functools.lru_cache(maxsize=1)
def page_css() -> str:
    return (TEMPLATES / "report.css").read_text(encoding="utf-8")
