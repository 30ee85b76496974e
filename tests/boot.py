"""Loaded before pytest's plugins (``-p tests.boot``, from the Makefile): the test processes skip the slow optional
imports our own processes skip (see ``socialops.publish.startup``). nbval imports nbformat, whose jsonschema pulled
in ``rfc3987_syntax`` at ~1.6 s in the runner and again in each worker."""
from socialops.publish.startup import skip_slow_optional_imports

skip_slow_optional_imports()
