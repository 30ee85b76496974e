"""Start-up costs of our own processes (the CLI and report workers), not of users' sessions."""
from __future__ import annotations

import sys

# Imported by jsonschema's optional format checkers ("iri" formats) through nbformat, at
# about 1.5 s a process; nbformat's notebook validation never checks those formats.
SLOW_OPTIONAL_MODULES = ("rfc3987_syntax",)
# Imported by papermill at start-up for hdfs:// paths (0.17 s with pyarrow and numpy); a
# report worker reads and writes local files only, and never needs pyarrow itself.
WORKER_SKIPPED_MODULES = ("pyarrow.fs",)


def skip_slow_optional_imports(names: tuple[str, ...] = SLOW_OPTIONAL_MODULES) -> None:
    """Mark slow optional modules unavailable, before anything imports them."""
    for name in names:
        if name not in sys.modules:
            sys.modules[name] = None  # `import name` now raises ImportError, which jsonschema expects
