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
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import nbformat
import papermill
from nbconvert import HTMLExporter
from papermill.clientwrap import PapermillNotebookClient
from papermill.engines import NBClientEngine, papermill_engines
from papermill.log import logger as papermill_logger
from papermill.utils import remove_args
from traitlets.config import Config

from socialops import __version__, catalog, paths
from socialops.atomic import write_text_atomic
from socialops.data.problems import RenderError
from socialops.publish.fonts import font_face_css
from socialops.publish.kernels import KERNEL_NAME, LocalKernelManager, warm_kernel
from socialops.publish.pages import page_css, templates
from socialops.publish.params import ParamError
from socialops.publish.params import check as checked_params
from socialops.report import summary
from socialops.report.strings import LANGS, t

SETUP_TAG = "socialops-setup"
# papermill's own parameter inference cannot read typed declarations (`start: "date | None"`)
# and calls every name unknown; socialops.params has checked each name against them already.
papermill_logger.addFilter(lambda record: not record.getMessage().startswith("Passed unknown parameter"))
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_H2 = re.compile(r'<h2 id="([^"]+)"[^>]*>(.*?)</h2>', re.S)


class _ConnectedClient(PapermillNotebookClient):
    """papermill's notebook client, given a kernel client that is already connected and ready."""

    def __init__(self, nb_man, kc=None, **kw):
        super().__init__(nb_man, **kw)
        self.kc = kc  # nbclient connects a new one only when this is None


class WarmKernelEngine(NBClientEngine):
    """papermill's nbclient engine, run through the warm kernel's own client (``kc``).

    A papermill engine is its documented extension point; this one differs from
    ``NBClientEngine`` only in handing ``kc`` to the notebook client, which saves the
    0.2 s readiness handshake of a new client on every report.
    """

    @classmethod
    def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False, stdout_file=None, stderr_file=None,
                                 start_timeout=60, execution_timeout=None, kc=None, **kwargs):
        kwargs = remove_args(["input_path", "timeout", "startup_timeout"], **kwargs)
        client = _ConnectedClient(nb_man, kc=kc, timeout=execution_timeout, startup_timeout=start_timeout,
                                  kernel_name=kernel_name, log=papermill_logger, log_output=log_output,
                                  stdout_file=stdout_file, stderr_file=stderr_file, **kwargs)
        return client.execute()


WARM_ENGINE = "socialops-warm-kernel"
papermill_engines.register(WARM_ENGINE, WarmKernelEngine)


def _setup_cell(cwd: Path) -> nbformat.NotebookNode:
    """First cell in a reused kernel: the notebook's own folder as working folder."""
    cell = nbformat.v4.new_code_cell(f"import os\nos.chdir({str(cwd)!r})\ndel os")
    cell.metadata["tags"] = [SETUP_TAG]
    return cell


@dataclass
class RenderResult:
    ok: bool
    html: Path
    json: Path | None
    notebook: Path
    seconds: float
    error: str | None = None


def check_params(notebook: Path, params: dict[str, Any]) -> dict[str, Any]:
    """The parameters as the notebook declares them (names, types); anything else is refused before a kernel starts."""
    try:
        return checked_params(notebook, params)
    except ParamError as exc:
        raise RenderError(str(exc)) from None


def failed_path(out_html: Path, suffix: str = ".html") -> Path:
    return out_html.with_name(out_html.stem + ".failed" + suffix)


# ---------------------------------------------------------------- execution

def execute(notebook: Path, params: dict[str, Any], kernel_name: str = KERNEL_NAME,
            timeout: float | None = 600, start_timeout: float = 60,
            reuse_kernel: bool = False) -> tuple[nbformat.NotebookNode, bool]:
    """Run ``notebook`` with ``params``; returns the executed notebook and whether it succeeded.

    ``reuse_kernel``: run in this process's warm kernel, for long-lived workers
    (see :class:`socialops.kernels.WarmKernel`).
    """
    warm = warm_kernel(kernel_name) if reuse_kernel else None
    with tempfile.TemporaryDirectory(prefix="socialops-") as tmp:
        out = Path(tmp) / notebook.name
        source: Any = str(notebook)
        extra: dict[str, Any] = {"kernel_manager_class": LocalKernelManager,
                                 "extra_arguments": ["--IPKernelApp.log_level=CRITICAL"]}  # no shutdown chatter
        if warm is not None:
            source = nbformat.read(notebook, as_version=4)
            source.cells.insert(0, _setup_cell(notebook.parent.resolve()))
            extra = {"engine_name": WARM_ENGINE, **warm.get(notebook.parent.resolve())}  # km and kc
        try:
            executed = papermill.execute_notebook(
                source, str(out), parameters=params, kernel_name=kernel_name, language="python",
                progress_bar=False, log_output=False, request_save_on_cell_execute=False,
                start_timeout=start_timeout, execution_timeout=timeout, cwd=str(notebook.parent), **extra,
            )
            if warm is not None:
                warm.recycle()  # the kernel clears its namespace while we export
            return executed, True
        except papermill.PapermillExecutionError:  # papermill saved the notebook with its error
            if warm is not None:
                warm.discard()  # whatever the notebook left behind goes with its kernel
            return nbformat.read(out, as_version=4), False
        except Exception as exc:  # kernel died, timed out, could not start: still leave a report
            if warm is not None:
                warm.discard()
            if not out.exists():
                nb = nbformat.read(notebook, as_version=4)
                nb.cells.insert(0, nbformat.v4.new_markdown_cell(f"**{type(exc).__name__}**: {exc}"))
                nb.metadata["socialops_error"] = f"{type(exc).__name__}: {exc}"
                return nb, False
            nb = nbformat.read(out, as_version=4)
            nb.metadata["socialops_error"] = f"{type(exc).__name__}: {str(exc).strip() or 'execution stopped'}"
            return nb, False


# ---------------------------------------------------------------- export

def as_typed(path: str | None) -> str | None:
    """A data folder as a user would type it: relative to the project when it is inside it."""
    if not path:
        return path
    try:
        return Path(path).resolve().relative_to(paths.project_root().resolve()).as_posix()
    except ValueError:
        return path


def typed_params(params: dict[str, Any]) -> dict[str, Any]:
    """The parameters as a user would type them: the data folder relative to the project (see :func:`as_typed`)."""
    return {**params, "data_dir": as_typed(params["data_dir"])} if params.get("data_dir") else params


def portable(nb, notebook: Path, params: dict[str, Any]) -> None:
    """The executed notebook kept beside a report carries no path of the machine that rendered it: our
    working-folder cell goes, the parameters read as typed, papermill's record names the notebook only."""
    nb.cells = [c for c in nb.cells if SETUP_TAG not in c.get("metadata", {}).get("tags", [])]
    typed = typed_params(params)
    for cell in nb.cells:
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []) and params.get("data_dir"):
            cell.source = cell.source.replace(repr(str(params["data_dir"])), repr(typed["data_dir"])).replace(
                json.dumps(str(params["data_dir"])), json.dumps(typed["data_dir"]))
    for cell in nb.cells:  # the recorded summary names the data folder too
        for output in cell.get("outputs", []):
            payload = output.get("data", {}).get(summary.MIME)
            if isinstance(payload, dict) and isinstance(payload.get("params"), dict) and payload["params"].get("data_dir"):
                payload["params"]["data_dir"] = as_typed(payload["params"]["data_dir"])
    record = nb.metadata.get("papermill")
    if record is not None:
        record["input_path"] = f"notebooks/{notebook.name}"
        record["output_path"] = None
        record["parameters"] = typed
        record.pop("environment_variables", None)


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


NOTEBOOK_ONLY = "notebook-only"  # cells for the analyst at the notebook (how to run it), never in a report


def _prepare(nb, lang: str, failed: bool) -> None:
    """Drop what a reader should not see: the other language, summary data, warnings, papermill banners."""
    other = {f"lang-{code}" for code in LANGS if code != lang}
    keep = []
    for cell in nb.cells:
        tags = set(cell.get("metadata", {}).get("tags", []))
        if tags & other or tags & {"parameters", "injected-parameters", "papermill-error-cell-tag", SETUP_TAG, NOTEBOOK_ONLY}:
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
    # validate the notebook once, after all the preprocessors, not after each of them (~12 times):
    # the exported page is the same, ~7 ms a report sooner
    config.HTMLExporter.optimistic_validation = True
    return HTMLExporter(config=config, template_name="basic")


def _body(nb) -> str:
    body, _ = _exporter().from_notebook_node(nb)
    return body


def _toc(body: str) -> list[tuple[str, str]]:
    return [(anchor, html.unescape(re.sub(r"<[^>]+>", "", text)).strip()) for anchor, text in _H2.findall(body)]


def _page(body: str, info: dict, lang: str, failed: bool, error: str | None, failed_section: str | None,
          index_href: str | None) -> str:
    period = (info.get("period") or {}).get("label")  # named by the notebook, in the report's language
    previous = (info.get("previous_period") or {}).get("label")
    subject = (info.get("subject") or {}).get("name")
    title = info.get("title") or "socialops"
    labels = {k: t(k, lang) for k in ("period", "compared_with", "generated", "contents", "all_reports", "report_failed",
                                      "executive_summary", "next_steps")}
    css = page_css()
    fields = dict(
        page_title=" · ".join(x for x in (title, subject, period) if x), title=title, subject=subject,
        period=period, previous=previous, labels=labels, error=error, failed_section=failed_section,
        brief=None if failed else info.get("executive_summary"),
    )
    css = font_face_css(body + json.dumps(fields, ensure_ascii=False)) + css
    return templates().get_template("report.html.j2").render(
        lang_attr="zh-CN" if lang == "zh" else "en", version=__version__,
        generated=datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        toc=_toc(body), body=body, css=css, failed=failed, index_href=index_href, **fields,
    )


def _title(notebook: Path, lang: str) -> str:
    """The workbook's title in the report's language (a failed page still says what it was)."""
    spec = catalog.get(notebook.stem)
    return spec.title(lang if lang in LANGS else "en") if spec else notebook.stem


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

def _write_failure(notebook: Path, out_html: Path, nb, page: str, params: dict, meta: dict | None,
                   began: float) -> RenderResult:
    """``NAME.failed.html`` (with its notebook and JSON) beside ``out_html``, which stays as it was."""
    target = failed_path(out_html)
    error, section = _error_of(nb)
    error = error or "the notebook recorded no summary"
    write_text_atomic(target, page)
    portable(nb, notebook, params)
    write_text_atomic(failed_path(out_html, ".ipynb"), nbformat.writes(nb))
    record = {"status": "failed", "notebook": notebook.stem, "params": typed_params(params), "error": error, "section": section,
              "failed_at": datetime.now().astimezone().isoformat(timespec="seconds"), **(meta or {})}
    write_text_atomic(failed_path(out_html, ".json"), json.dumps(summary.clean(record), ensure_ascii=False, indent=2) + "\n")
    return RenderResult(False, target, None, failed_path(out_html, ".ipynb"), time.perf_counter() - began, error)


def render_failure(notebook: str | Path, out_html: str | Path, params: dict[str, Any], error: str,
                   index_href: str | None = None, meta: dict[str, Any] | None = None) -> RenderResult:
    """The failed page of a report that could not even run (its worker died): the error first."""
    began = time.perf_counter()
    notebook, out_html = Path(notebook), Path(out_html)
    nb = nbformat.read(notebook, as_version=4)
    nb.cells.insert(0, nbformat.v4.new_markdown_cell(f"**{error}**"))
    nb.metadata["socialops_error"] = error
    lang = str(params.get("lang", "en"))
    page, _ = export_html(nb, lang if lang in LANGS else "en", False, index_href, fallback_title=_title(notebook, lang))
    return _write_failure(notebook, out_html, nb, page, params, meta, began)


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
    if not notebook.is_file():
        raise RenderError(f"no such notebook: {notebook}")
    params = check_params(notebook, dict(params or {}))
    lang = str(params.get("lang", "en"))
    nb, ok = execute(notebook, params, kernel_name, timeout, reuse_kernel=reuse_kernel)
    page, info = export_html(nb, lang if lang in LANGS else "en", ok, index_href, fallback_title=_title(notebook, lang))
    if ok and info is None:
        ok = False
        page, _ = export_html(nb, lang if lang in LANGS else "en", False, index_href, fallback_title=_title(notebook, lang))
    if not ok:
        return _write_failure(notebook, out_html, nb, page, params, meta, began)
    info["params"] = typed_params({**params, **info.get("params", {})})  # as typed, not this machine's paths
    info["params"]["data_dir"] = info["params"].get("data_dir") or None
    portable(nb, notebook, params)
    info.update(meta or {})
    info["status"] = "ok"
    info["generated_at"] = datetime.now().astimezone().isoformat(timespec="seconds")
    info["render_seconds"] = round(time.perf_counter() - began, 2)  # orders the next run's work
    json_path = out_html.with_suffix(".json")
    ipynb_path = out_html.with_suffix(".ipynb")
    write_text_atomic(ipynb_path, nbformat.writes(nb))
    write_text_atomic(json_path, json.dumps(info, ensure_ascii=False, indent=2) + "\n")
    write_text_atomic(out_html, page)
    for stale in (failed_path(out_html), failed_path(out_html, ".ipynb"), failed_path(out_html, ".json")):
        stale.unlink(missing_ok=True)
    return RenderResult(True, out_html, json_path, ipynb_path, time.perf_counter() - began)
