"""The in-process floor's worker: notebook scripts run back to back in this one warm Python (imports paid once,
figures drawn, nothing else: no kernel, no papermill, no nbconvert, no HTML)."""
import runpy
import sys

import matplotlib

matplotlib.use("Agg")
for path in sys.argv[1:]:
    runpy.run_path(path, run_name="__main__")  # a fresh namespace per report, the modules already imported
