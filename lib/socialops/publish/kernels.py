"""Kernels for report workers: Unix-socket transport, and one warm kernel reused per worker.

Kept apart from :mod:`socialops.render` so a worker can start its kernel before it
imports papermill and nbconvert: the kernel boots while the worker loads them.
"""
from __future__ import annotations

import time
import uuid
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from traitlets import default

from socialops import catalog
from socialops.publish import runtime

KERNEL_NAME = "python3"


class LocalKernelManager(AsyncKernelManager):
    """Kernels talk over Unix sockets: nothing of a report's data crosses a TCP port.

    Each kernel gets its own socket path; jupyter_client's default (``kernel-ipc`` in the
    working folder) makes kernels started at the same moment collide.
    """

    @default("transport")
    def _default_transport(self) -> str:
        return "ipc"

    @default("ip")
    def _default_ip(self) -> str:
        return str(runtime.run_dir() / f"{uuid.uuid4().hex[:16]}-ipc")

    @default("connection_file")
    def _default_connection_file(self) -> str:  # not a loose /tmp/tmpXXXX.json: the run's folder, swept if it dies
        return str(runtime.run_dir() / f"kernel-{uuid.uuid4().hex[:16]}.json")


class WarmKernel:
    """One kernel kept per worker process and reused across reports.

    Starting a kernel and importing pandas, matplotlib and socialops in it costs more
    than most reports' own work; a long-lived worker pays it once. After every report the
    namespace is cleared, inside the kernel while this worker exports the report, and the
    next report waits until that is done; after a failure or a timeout, every ``max_uses``
    reports and once it holds more than ``max_rss`` bytes, the kernel is replaced by a fresh
    one, warmed as the first was.
    """

    # A kernel's memory levels off after its first reports (a team's 61 reports in one kernel: 270 MB
    # after the first, 290-320 MB from the tenth on), and each replacement costs a start and the imports
    # (~4 CPU-s): replace seldom, and at once if memory does grow.
    max_uses = 200
    max_rss = 1 << 30
    # gc.freeze(): the libraries stay loaded for the kernel's life, so the collector need not
    # walk them again; the reset's full collection after each report drops from ~0.3 s to ~0.07 s.
    PRELOAD = ("import pandas, numpy, matplotlib, IPython.display\n"
               "import socialops.report.workbook, socialops.report.charts\n"
               + "".join(f"import socialops.workbooks.{spec.package}.views\n" for spec in catalog.WORKBOOKS) +
               "socialops.report.charts.theme()\n"
               "import gc\ngc.collect()\ngc.freeze()")
    # names go; matplotlib's settings and pandas' options return to where socialops set them, so a
    # notebook that changes them (rcParams, pd.set_option) cannot change the next report
    RESET = ("get_ipython().run_line_magic('reset', '-f')\n"
             "import socialops.report.charts as _c, matplotlib as _m, pandas as _p, warnings as _w\n"
             "dict.update(_m.rcParams, _c.theme().rc)\n"
             "with _w.catch_warnings():\n    _w.simplefilter('ignore')\n    _p.reset_option('all')\n"
             "del _c, _m, _p, _w")
    settle_timeout = 60.0

    def __init__(self, kernel_name: str = KERNEL_NAME):
        self.kernel_name = kernel_name
        self.km: LocalKernelManager | None = None
        self.uses = 0
        self._warming = None
        self._client = None   # our own shell channel, for the reset between reports
        self._nb_client = None  # the client papermill executes reports through
        self._pending = None  # msg_id of a reset not yet confirmed
        from multiprocessing.util import Finalize

        Finalize(self, WarmKernel.discard, args=(self,), exitpriority=10)  # never outlive the worker

    def get(self, cwd: Path) -> dict:
        """The kernel's manager and a ready client, as papermill's ``km`` and ``kc`` arguments.

        The client is kept with the kernel: a new one per report would cost a readiness
        handshake each time.
        """
        from jupyter_core.utils import run_sync

        if self._warming is not None:
            self._warming.join()
            self._warming = None
        self._settle()
        if self.km is not None and (self.uses >= self.max_uses or self._rss() > self.max_rss
                                    or not run_sync(self.km.is_alive)()):
            self.discard()
        if self.km is None:
            self._start_warm(cwd)
        if self._nb_client is None:  # made here, in the thread whose event loop papermill runs
            client = self.km.client()
            client.start_channels()
            try:
                run_sync(_connected)(client, self.km, timeout=60)
            except BaseException:
                client.stop_channels()
                raise
            self._nb_client = client
        self.uses += 1
        return {"km": self.km, "kc": self._nb_client}

    def prewarm(self, cwd: Path) -> None:
        """Start the kernel and have it import the libraries in a background thread: the kernel
        imports while this worker does its own start-up; the first report waits for it."""
        import threading

        def warm() -> None:
            try:
                self._start_warm(cwd)
            except Exception:  # warming is an optimisation: a report starts its own kernel if need be
                self.discard()

        self._warming = threading.Thread(target=warm, daemon=True)
        self._warming.start()

    def _start_warm(self, cwd: Path) -> None:
        """Start the kernel and import the libraries in it, then freeze them out of the collector's walks."""
        self._start(cwd)
        self._send(f"{self.PRELOAD}\n{self.RESET}")  # modules stay loaded, names go
        self._settle()
        if self.km is None:  # the warm-up failed: the report gets a plain kernel
            self._start(cwd)

    def _rss(self) -> int:
        """The kernel process's resident memory in bytes (0 if it cannot be read)."""
        import psutil

        try:
            return psutil.Process(self.km.provisioner.process.pid).memory_info().rss  # type: ignore[union-attr]
        except (AttributeError, psutil.Error):
            return 0

    def recycle(self) -> None:
        """Clear the namespace after a report, without waiting: the worker exports meanwhile."""
        if self.km is None:
            return
        try:
            self._send(self.RESET)
        except Exception:  # the next report gets a fresh kernel instead
            self.discard()

    def _send(self, code: str) -> None:
        if self._client is None:
            self._client = self.km.blocking_client()
            self._client.start_channels(shell=True, iopub=False, stdin=False, hb=False, control=False)
        self._pending = self._client.execute(code, silent=True, store_history=False)

    def _settle(self) -> None:
        """Wait for the pending reset; a kernel that fails it or does not answer is replaced."""
        import queue

        msg_id, self._pending = self._pending, None
        if msg_id is None:
            return
        deadline = time.monotonic() + self.settle_timeout
        while True:
            try:
                reply = self._client.get_shell_msg(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                self.discard()
                return
            if reply["parent_header"].get("msg_id") == msg_id:
                if reply["content"].get("status") != "ok":
                    self.discard()
                return

    def _start(self, cwd: Path) -> LocalKernelManager:
        from jupyter_core.utils import run_sync

        km = LocalKernelManager(kernel_name=self.kernel_name)
        run_sync(km.start_kernel)(cwd=str(cwd), extra_arguments=["--IPKernelApp.log_level=CRITICAL"])
        self.km, self.uses = km, 0
        return km

    def discard(self) -> None:
        from jupyter_core.utils import run_sync

        km, self.km = self.km, None
        clients = (self._client, self._nb_client)
        self._client = self._nb_client = self._pending = None
        for client in clients:
            if client is not None:
                client.stop_channels()
        if km is not None:
            try:
                run_sync(km.shutdown_kernel)(now=True)
            except Exception:  # already dead: nothing to stop
                pass


async def _connected(client, km, timeout: float) -> None:
    """Wait until ``client`` reaches the kernel on both the shell and the IOPub channel.

    jupyter_client's ``wait_for_ready`` ends by waiting 0.2 s for IOPub to fall quiet; a
    worker pays that before its first report, on the critical path of a run. A
    ``kernel_info_reply`` proves the shell channel, and any IOPub message (ipykernel greets
    each new subscriber, and reports busy/idle for every request) proves IOPub: nbclient
    ignores messages that are not replies to its own requests, so nothing needs flushing.
    """
    import queue

    deadline = time.monotonic() + timeout
    shell = iopub = False
    while not (shell and iopub):
        if time.monotonic() > deadline:
            raise RuntimeError(f"the kernel did not answer in {timeout:.0f} s")
        if not await km.is_alive():
            raise RuntimeError("the kernel died before it answered")
        client.kernel_info()  # each request also makes the kernel publish busy/idle on IOPub
        for _ in range(20):  # ~0.1 s for the answers to this request
            for channel in (client.shell_channel, client.iopub_channel):
                try:
                    msg = await channel.get_msg(timeout=0.005)
                except queue.Empty:
                    continue
                if channel is client.shell_channel:
                    shell = shell or msg["msg_type"] == "kernel_info_reply"
                else:
                    iopub = True
            if shell and iopub:
                return


_warm: dict[str, WarmKernel] = {}


def warm_kernel(kernel_name: str = KERNEL_NAME) -> WarmKernel:
    """This process's warm kernel for ``kernel_name`` (created, not started, on first call)."""
    if kernel_name not in _warm:  # not setdefault: each WarmKernel registers an exit hook
        _warm[kernel_name] = WarmKernel(kernel_name)
    return _warm[kernel_name]


def prewarm(kernel_name: str = KERNEL_NAME, cwd: Path | None = None) -> None:
    """Start this process's warm kernel now, in the background (see :class:`WarmKernel`)."""
    from socialops import paths as config

    warm_kernel(kernel_name).prewarm(cwd or config.notebooks_dir())
