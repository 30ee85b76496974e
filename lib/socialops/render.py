"""Notebook → executed notebook → self-contained HTML report and JSON summary.

papermill executes, nbconvert exports (no code, no parameters cell, images embedded),
and our own page template wraps the result with a header, contents and glossary.
Nothing here analyses data. Every file is written atomically; a failed run writes
``NAME.failed.html`` beside the target and never replaces an earlier good report.
"""
from __future__ import annotations

import functools
import html
import json
import re
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2
import nbformat
import papermill
from jupyter_client.manager import AsyncKernelManager
from nbconvert import HTMLExporter
from traitlets import default
from traitlets.config import Config

from . import __version__, summary
from .config import looks_like_secret
from .atomic import write_text_atomic
from .fonts import font_face_css
from .i18n import LANGS, t

KERNEL_NAME = "python3"
TEMPLATES = Path(__file__).parent / "templates"
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_H2 = re.compile(r'<h2 id="([^"]+)"[^>]*>(.*?)</h2>', re.S)


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
        return str(Path(tempfile.gettempdir()) / f"socialops-{uuid.uuid4().hex[:16]}-ipc")


class WarmKernel:
    """One kernel kept per worker process and reused across reports.

    Starting a kernel and importing pandas, matplotlib and socialops in it costs more
    than most reports' own work; a long-lived worker pays it once. Before every report
    the namespace is reset (and the working folder set); after a failure or a timeout,
    and every ``max_uses`` reports, the kernel is replaced by a fresh one.
    """

    max_uses = 25

    def __init__(self, kernel_name: str = KERNEL_NAME):
        self.kernel_name = kernel_name
        self.km: LocalKernelManager | None = None
        self.uses = 0
        self._warming = None
        from multiprocessing.util import Finalize

        Finalize(self, WarmKernel.discard, args=(self,), exitpriority=10)  # never outlive the worker

    def get(self, cwd: Path) -> LocalKernelManager:
        from jupyter_core.utils import run_sync

        if self._warming is not None:
            self._warming.join()
            self._warming = None
        if self.km is not None and (self.uses >= self.max_uses or not run_sync(self.km.is_alive)()):
            self.discard()
        if self.km is None:
            self._start(cwd)
        self.uses += 1
        return self.km

    PRELOAD = "import pandas, numpy, matplotlib, IPython.display\nimport socialops.workbook, socialops.charts, socialops.views"

    def prewarm(self, cwd: Path) -> None:
        """Start the kernel and have it import the libraries in a background thread: the kernel
        imports while this worker does its own start-up; the first report waits for it."""
        import threading

        def warm() -> None:
            from jupyter_core.utils import run_sync

            try:
                km = self._start(cwd)
                client = km.client()
                client.start_channels()
                run_sync(client.wait_for_ready)(timeout=60)
                run_sync(client.execute_interactive)(self.PRELOAD, silent=True, store_history=False, timeout=120)
                client.stop_channels()
            except Exception:  # warming is an optimisation: a report starts its own kernel if need be
                self.discard()

        self._warming = threading.Thread(target=warm, daemon=True)
        self._warming.start()

    def _start(self, cwd: Path) -> LocalKernelManager:
        from jupyter_core.utils import run_sync

        km = LocalKernelManager(kernel_name=self.kernel_name)
        run_sync(km.start_kernel)(cwd=str(cwd), extra_arguments=["--IPKernelApp.log_level=CRITICAL"])
        self.km, self.uses = km, 0
        return km

    def discard(self) -> None:
        from jupyter_core.utils import run_sync

        km, self.km = self.km, None
        if km is not None:
            try:
                run_sync(km.shutdown_kernel)(now=True)
            except Exception:  # already dead: nothing to stop
                pass


RESET_TAG = "socialops-reset"
_warm: dict[str, WarmKernel] = {}


def prewarm(kernel_name: str = KERNEL_NAME, cwd: Path | None = None) -> None:
    """Give this process its warm kernel now (see :class:`WarmKernel`)."""
    from . import config

    _warm.setdefault(kernel_name, WarmKernel(kernel_name)).prewarm(cwd or config.notebooks_dir())


def _reset_cell(cwd: Path) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell(f"get_ipython().run_line_magic('reset', '-f')\nimport os\nos.chdir({str(cwd)!r})")
    cell.metadata["tags"] = [RESET_TAG]
    return cell


class RenderError(Exception):
    """The request cannot be rendered at all (bad notebook path, secret-like parameter)."""


@dataclass
class RenderResult:
    ok: bool
    html: Path
    json: Path | None
    notebook: Path
    seconds: float
    error: str | None = None


def check_params(params: dict[str, Any]) -> None:
    """Refuse parameters that look like credentials: those come from the environment, never a report."""
    for name in params:
        if looks_like_secret(name):
            raise RenderError(f"parameter '{name}' looks like a secret; pass credentials through environment "
                              "variables, never as notebook parameters (they would be printed in the report)")


def failed_path(out_html: Path, suffix: str = ".html") -> Path:
    return out_html.with_name(out_html.stem + ".failed" + suffix)


# ---------------------------------------------------------------- execution

def execute(notebook: Path, params: dict[str, Any], kernel_name: str = KERNEL_NAME,
            timeout: float | None = 600, start_timeout: float = 60,
            reuse_kernel: bool = False) -> tuple[nbformat.NotebookNode, bool]:
    """Run ``notebook`` with ``params``; returns the executed notebook and whether it succeeded.

    ``reuse_kernel``: run in this process's :class:`WarmKernel` (for long-lived workers).
    """
    warm = _warm.setdefault(kernel_name, WarmKernel(kernel_name)) if reuse_kernel else None
    with tempfile.TemporaryDirectory(prefix="socialops-") as tmp:
        out = Path(tmp) / notebook.name
        source: Any = str(notebook)
        extra: dict[str, Any] = {"kernel_manager_class": LocalKernelManager,
                                 "extra_arguments": ["--IPKernelApp.log_level=CRITICAL"]}  # no shutdown chatter
        if warm is not None:
            source = nbformat.read(notebook, as_version=4)
            source.cells.insert(0, _reset_cell(notebook.parent.resolve()))
            extra = {"km": warm.get(notebook.parent.resolve())}
        try:
            papermill.execute_notebook(
                source, str(out), parameters=params, kernel_name=kernel_name, language="python",
                progress_bar=False, log_output=False, request_save_on_cell_execute=False,
                start_timeout=start_timeout, execution_timeout=timeout, cwd=str(notebook.parent), **extra,
            )
            ok = True
        except papermill.PapermillExecutionError:
            ok = False
            if warm is not None:
                warm.discard()  # whatever the notebook left behind goes with its kernel
        except Exception as exc:  # kernel died, timed out, could not start: still leave a report
            if warm is not None:
                warm.discard()
            if not out.exists():
                nb = nbformat.read(notebook, as_version=4)
                nb.cells.insert(0, nbformat.v4.new_markdown_cell(f"**{type(exc).__name__}**: {exc}"))
                nb.metadata["socialops_error"] = f"{type(exc).__name__}: {exc}"
                return nb, False
            ok = False
            nb = nbformat.read(out, as_version=4)
            nb.metadata["socialops_error"] = f"{type(exc).__name__}: {str(exc).strip() or 'execution stopped'}"
            return nb, False
        return nbformat.read(out, as_version=4), ok


# ---------------------------------------------------------------- export

def _error_of(nb) -> tuple[str, str | None]:
    """The first error in ``nb`` as text, and the heading of the section it happened in."""
    section = None
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            found = re.search(r"^##\s+(.+)$", cell.source, re.M)
            if found:
                section = found.group(1).strip()
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                lines = [_ANSI.sub("", line) for line in output.get("traceback", [])]
                custom = lines and not any("Traceback" in line or "----" in line for line in lines[:2])
                text = "\n".join(lines) if custom else f"{output.get('ename')}: {output.get('evalue')}"
                return text, section
    return nb.metadata.get("socialops_error", "the notebook did not finish"), section


def _prepare(nb, lang: str, failed: bool) -> None:
    """Drop what a reader should not see: the other language, summary data, warnings, papermill banners."""
    other = {f"lang-{code}" for code in LANGS if code != lang}
    keep = []
    for cell in nb.cells:
        tags = set(cell.get("metadata", {}).get("tags", []))
        if tags & other or tags & {"parameters", "injected-parameters", "papermill-error-cell-tag", RESET_TAG}:
            continue
        if cell.cell_type == "code":
            cell["outputs"] = [o for o in cell.get("outputs", [])
                               if not (o.get("output_type") == "stream" and o.get("name") == "stderr")
                               and o.get("output_type") != "error"]
        keep.append(cell)
    nb.cells = keep
    summary.strip(nb)


@functools.lru_cache(maxsize=1)
def _exporter() -> HTMLExporter:
    """nbconvert's exporter, built once per process (it loads its templates on creation)."""
    config = Config()
    config.HTMLExporter.exclude_input = True
    config.HTMLExporter.exclude_input_prompt = True
    config.HTMLExporter.exclude_output_prompt = True
    config.HTMLExporter.anchor_link_text = ""
    return HTMLExporter(config=config, template_name="basic")


def _body(nb) -> str:
    body, _ = _exporter().from_notebook_node(nb)
    return body


def _toc(body: str) -> list[tuple[str, str]]:
    return [(anchor, html.unescape(re.sub(r"<[^>]+>", "", text)).strip()) for anchor, text in _H2.findall(body)]


def _page(body: str, info: dict, lang: str, failed: bool, error: str | None, failed_section: str | None,
          index_href: str | None) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    from .periods import Period  # labels only
    import pandas as pd

    period = previous = None
    if info.get("period"):
        period = Period(pd.Timestamp(info["period"]["start"]), pd.Timestamp(info["period"]["end"])).label(lang)
    if info.get("previous_period"):
        p = info["previous_period"]
        previous = Period(pd.Timestamp(p["start"]), pd.Timestamp(p["end"])).label(lang)
    subject = (info.get("subject") or {}).get("name")
    title = info.get("title") or "socialops"
    labels = {k: t(k, lang) for k in ("period", "compared_with", "generated", "contents", "all_reports", "report_failed")}
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    fields = dict(
        page_title=" · ".join(x for x in (title, subject, period) if x), title=title, subject=subject,
        period=period, previous=previous, labels=labels, error=error, failed_section=failed_section,
    )
    css = font_face_css(body + json.dumps(fields, ensure_ascii=False)) + css
    return env.get_template("report.html.j2").render(
        lang_attr="zh-CN" if lang == "zh" else "en", version=__version__,
        generated=datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        toc=_toc(body), body=body, css=css, failed=failed, index_href=index_href, **fields,
    )


def export_html(nb, lang: str = "en", ok: bool = True, index_href: str | None = None,
                fallback_title: str | None = None) -> tuple[str, dict | None]:
    """The report page for an executed notebook, and the summary it recorded (if any)."""
    nb = nbformat.from_dict(json.loads(json.dumps(nb)))  # work on a copy
    info = summary.extract(nb)
    error, section = (None, None) if ok else _error_of(nb)
    _prepare(nb, lang, not ok)
    page_info = info or {"title": fallback_title}
    return _page(_body(nb), page_info, lang, not ok, error, section, index_href), info


# ---------------------------------------------------------------- the whole step

def render(notebook: str | Path, out_html: str | Path, params: dict[str, Any] | None = None,
           kernel_name: str = KERNEL_NAME, timeout: float | None = 600, index_href: str | None = None,
           meta: dict[str, Any] | None = None, reuse_kernel: bool = False) -> RenderResult:
    """Execute ``notebook`` with ``params`` and write ``out_html``, ``.json`` and the executed ``.ipynb``.

    On failure writes ``NAME.failed.html`` (and ``.failed.ipynb``) showing where and why,
    and leaves an earlier good ``out_html`` untouched. ``meta`` (e.g. the job's name) is
    stored in the JSON for the index.
    """
    began = time.perf_counter()
    notebook, out_html = Path(notebook), Path(out_html)
    params = dict(params or {})
    check_params(params)
    if not notebook.is_file():
        raise RenderError(f"no such notebook: {notebook}")
    lang = str(params.get("lang", "en"))
    nb, ok = execute(notebook, params, kernel_name, timeout, reuse_kernel=reuse_kernel)
    page, info = export_html(nb, lang if lang in LANGS else "en", ok, index_href, fallback_title=notebook.stem)
    if ok and info is None:
        ok = False
        page, _ = export_html(nb, lang if lang in LANGS else "en", False, index_href, fallback_title=notebook.stem)
    if not ok:
        target = failed_path(out_html)
        error, section = _error_of(nb)
        error = error or "the notebook recorded no summary"
        write_text_atomic(target, page)
        write_text_atomic(failed_path(out_html, ".ipynb"), nbformat.writes(nb))
        record = {"status": "failed", "notebook": notebook.stem, "params": params, "error": error, "section": section,
                  "failed_at": datetime.now().astimezone().isoformat(timespec="seconds"), **(meta or {})}
        write_text_atomic(failed_path(out_html, ".json"), json.dumps(summary.clean(record), ensure_ascii=False, indent=2) + "\n")
        return RenderResult(False, target, None, failed_path(out_html, ".ipynb"), time.perf_counter() - began, error)
    info["params"] = {**params, **info.get("params", {})}
    info.update(meta or {})
    info["status"] = "ok"
    info["generated_at"] = datetime.now().astimezone().isoformat(timespec="seconds")
    json_path = out_html.with_suffix(".json")
    ipynb_path = out_html.with_suffix(".ipynb")
    write_text_atomic(ipynb_path, nbformat.writes(nb))
    write_text_atomic(json_path, json.dumps(info, ensure_ascii=False, indent=2) + "\n")
    write_text_atomic(out_html, page)
    for stale in (failed_path(out_html), failed_path(out_html, ".ipynb"), failed_path(out_html, ".json")):
        stale.unlink(missing_ok=True)
    return RenderResult(True, out_html, json_path, ipynb_path, time.perf_counter() - began)
