"""Start-up of a report worker process: its kernel first, everything else while that boots.

Kept light on purpose: a worker imports this module before anything else, so the kernel
starts without waiting for pandas, papermill or nbconvert to load in the worker.
"""
from __future__ import annotations


def warm_up() -> None:
    """Pay the imports, the exporter's templates and the base font once per worker, not per report."""
    from socialops.publish.startup import SLOW_OPTIONAL_MODULES, WORKER_SKIPPED_MODULES, skip_slow_optional_imports

    skip_slow_optional_imports(SLOW_OPTIONAL_MODULES + WORKER_SKIPPED_MODULES)
    from socialops.publish import kernels, runtime

    runtime.guard_worker(on_orphaned=lambda: kernels.warm_kernel().discard())  # die with the run, tidily

    kernels.prewarm()  # boots and imports pandas, matplotlib and socialops in the background
    from socialops.publish import fonts, render

    render._exporter()
    fonts.warm_up()
