"""Start-up costs of our own processes (the CLI and report workers), not of users' sessions."""
from __future__ import annotations

import sys

# Imported by jsonschema's optional format checkers ("iri" formats) through nbformat, at
# about 1.5 s a process; nbformat's notebook validation never checks those formats.
SLOW_OPTIONAL_MODULES = ("rfc3987_syntax",)


def skip_slow_optional_imports() -> None:
    """Mark slow optional modules unavailable, before anything imports jsonschema."""
    for name in SLOW_OPTIONAL_MODULES:
        if name not in sys.modules:
            sys.modules[name] = None  # `import name` now raises ImportError, which jsonschema expects
