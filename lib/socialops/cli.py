"""The ``socialops`` command line: validate exports, write the sample, render reports.

Errors a user can fix (bad data, bad parameters) print one clear message each and exit
1; usage errors exit 2. No traceback reaches the user unless ``SOCIALOPS_DEBUG`` is set.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from socialops import __version__, catalog
from socialops import paths as config

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _value(text: str):
    """A parameter value as papermill's ``-p`` reads it: bool, None, int, float, else text."""
    low = text.strip().lower()
    if low in ("true", "false"):
        return low == "true"
    if low in ("none", "null"):
        return None
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def resolve_notebook(name: str) -> Path:
    """A notebook path, or a workbook name such as ``account_audit``."""
    path = Path(name)
    if path.suffix == ".ipynb" and path.exists():
        return path
    candidate = config.notebooks_dir() / (path.stem + ".ipynb")
    if candidate.exists():
        return candidate
    import difflib

    near = difflib.get_close_matches(path.stem, catalog.names(), n=1)
    hint = f"; did you mean '{near[0]}'?" if near else ""
    raise FileNotFoundError(f"no notebook '{name}' (looked for {path} and {candidate}){hint} Workbooks: {', '.join(catalog.names())}")


def _parameters_help() -> str:
    """Each workbook's parameters with their types and defaults, for ``render --help``."""
    from socialops.publish.params import declared

    lines = ["workbooks and their parameters (-p NAME VALUE):"]
    for name in catalog.names():
        lines.append(f"  {name}")
        for p in declared(config.notebooks_dir() / f"{name}.ipynb").values():
            lines.append(f"    {p.name:<16} {p.shown}, default {p.default!r}")
    return "\n".join(lines)


# ---------------------------------------------------------------- validate

def _describe_parts(parts, out=None) -> None:
    """What each file was read as: format, platform, table, rows and dates, and every column's fate."""
    out = out or sys.stdout
    for part in parts:
        platform = f" ({part.platform})" if part.platform else ""
        if part.skipped:
            print(f"  {part.where}: {part.label}{platform}: not read ({part.skipped})", file=out)
            continue
        dates = ""
        if part.first is not None and not pd_isna(part.first):
            dates = f", {part.first:%Y-%m-%d} – {part.last:%Y-%m-%d}"
        print(f"  {part.where}: {part.label}{platform} → {part.table}: {part.rows:,} rows{dates}", file=out)
        if part.used:
            print("      used:    " + ", ".join(h if h == c else f"{h} → {c}" for h, c in part.used.items()), file=out)
        if part.extras:
            print("      kept, not in the contract: " + ", ".join(part.extras), file=out)
        if part.ignored:
            print("      ignored: " + "; ".join(f"{h} ({why})" for h, why in part.ignored.items()), file=out)


def pd_isna(value) -> bool:
    return value is None or value != value


def cmd_validate(args) -> int:
    from socialops.data.contract import DATE_COLUMNS
    from socialops.data.load import load_dataset

    data = load_dataset(args.paths, account_id=args.account, platform=args.platform, role=args.role)
    shown = " ".join(args.paths)
    if data.problems:
        print(f"{shown}: {len(data.problems)} problem(s); nothing was loaded", file=sys.stderr)
        _describe_parts(data.parts, sys.stderr)
        for problem in data.problems:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_FAILED
    print(f"{shown}: valid")
    _describe_parts(data.parts)
    for name, frame in data.tables.items():
        column = DATE_COLUMNS.get(name)
        dates = ""
        if column and not frame.empty and frame[column].notna().any():
            dates = f"{frame[column].min():%Y-%m-%d} – {frame[column].max():%Y-%m-%d}"
        accounts = frame["account_id"].nunique() if "account_id" in frame else 0
        files = ", ".join(data.files.get(name, [])) or "registered from the exports"
        print(f"  {name:<10} {len(frame):>8,} rows  {accounts:>3} account(s)  {dates:<25} [{files}]")
    if data.registration is not None and "accounts" not in data.files:
        row = data.registration.iloc[0]
        print(f"  account {row['account_id']}: {row['platform']}, {row['role']}, name '{row['name']}' "
              "(registered from the exports; no accounts table names it)")
    for warning in data.warnings:
        if warning.key != "notice_unmapped":
            print(f"  note: {warning}")
    return EXIT_OK


# ---------------------------------------------------------------- sample

def cmd_sample(args) -> int:
    from socialops.data.sample import write_sample, write_scaled, write_team

    if args.scale is not None and args.scale < 1:
        raise ValueError("--scale takes a number of posts, at least 1")
    if args.team:
        paths = write_team(args.dir)
    else:
        paths = write_scaled(args.dir, args.scale) if args.scale else write_sample(args.dir)
    for path in paths:
        print(path)
    return EXIT_OK


# ---------------------------------------------------------------- render

SUBJECT_PARAMS = ("data_dir", "lang", "account_id", "campaign_id", "accounts", "start", "end")


def _planned(notebook: Path, params: dict, output: Path, each: bool, timeout: float) -> list[tuple[dict, Path]]:
    """The reports ``render`` writes, planned as a one-job reports.toml would plan them: the same
    subjects, periods and output names (<notebook>/<subject>/<period>[.lang].html), so the index
    finds them."""
    from socialops import catalog
    from socialops.batch.config import Config, Job
    from socialops.batch.plan import plan, subject_directory

    spec = catalog.get(notebook.stem)
    kind = spec.subject_kind if spec else "account"
    data_dir = Path(params.get("data_dir") or config.default_source())
    key = {"campaign": "campaign_id", "accounts": "accounts"}.get(kind, "account_id")
    directory = subject_directory(data_dir)  # read once: for the default subject and for planning
    if kind == "accounts":
        chosen = str(params.get(key) or "own")
        subjects: list[str] | str = chosen if chosen in ("own", "all") else [a.strip() for a in chosen.split(",") if a.strip()]
    elif params.get(key):
        subjects = [str(params[key])]
    elif each:
        subjects = "all" if kind == "campaign" else "own"
    else:
        subjects = [_default_subject(kind, directory)]
    if (params.get("start") is None) != (params.get("end") is None):
        raise ValueError("give both start and end, or neither (then: the last whole month in the data)")
    weekly = kind == "accounts" and params.get("span", "week") == "week"  # a digest is weekly unless asked for a month
    period = {"start": params["start"], "end": params["end"]} if params.get("start") else ("last_week" if weekly else "last_month")
    extra = {k: v for k, v in params.items() if k not in SUBJECT_PARAMS}
    cfg = Config(Path("socialops render"), data_dir, output, as_of="data", timeout=timeout)
    job = Job("render", notebook, kind, subjects, extra, period, str(params.get("lang") or "en"), None, timeout)
    return [(task.params, Path(task.out_html)) for task in plan(cfg, [job], directory=directory)]


def _default_subject(kind: str, data) -> str:
    """The subject a notebook picks when given none: the first own account, the latest finished campaign."""
    if kind == "campaign":
        from socialops.workbooks.campaigns.analysis import choose_campaign

        return str(choose_campaign(data.get("campaigns"), data.get("daily"))["campaign_id"])
    from socialops.report.workbook import choose_account

    return choose_account(data, None)


def cmd_render(args) -> int:
    from socialops.publish.render import render
    from socialops.publish.site import build_index

    if not args.timeout > 0:
        raise ValueError(f"--timeout takes the seconds a cell may run, above 0; got {args.timeout:g}")
    notebook = resolve_notebook(args.notebook)
    params = {name: _value(value) for name, value in args.param}
    each = args.each_own_account or args.each_campaign
    if args.output and args.output.endswith(".html") and not each:  # a file of the user's naming, outside the index
        jobs, folder = [(params, Path(args.output))], None
    else:
        folder = Path(args.output or config.reports_dir())
        jobs = _planned(notebook, params, folder, each, args.timeout)
    failures = 0
    for job_params, out in jobs:
        result = render(notebook, out, job_params, timeout=args.timeout)
        if result.ok:
            print(f"ok      {result.html}  ({result.seconds:.1f} s)")
        else:
            failures += 1
            print(f"FAILED  {result.html}  ({result.seconds:.1f} s)\n{_indent(result.error)}", file=sys.stderr)
    if folder is not None:
        print(f"index: {build_index(folder)}")
    return EXIT_FAILED if failures else EXIT_OK


def _indent(text: str | None) -> str:
    return "\n".join("        " + line for line in (text or "").splitlines())


# ---------------------------------------------------------------- the history store

def cmd_ingest(args) -> int:
    from socialops.data import store

    target = Path(args.store) if args.store else config.store_path()
    failed = stored = 0

    def report(r) -> None:  # printed as each file commits: a later failure or a kill still tells what is in
        nonlocal failed, stored
        if r.status == "failed":
            failed += 1
            print(f"FAILED     {r.file}: nothing from this file was stored", file=sys.stderr)
            _describe_parts(r.parts or [], sys.stderr)
            for problem in r.problems:
                print(f"  - {problem}", file=sys.stderr)
        elif r.status == "unchanged":
            stored += 1
            print(f"unchanged  {r.file}: already ingested (same content, same account), nothing to do")
        elif r.status == "skipped":
            reasons = "; ".join(f"{p.label}: {p.skipped}" for p in r.parts or [] if p.skipped)
            print(f"skipped    {r.file}: {reasons or 'nothing to store'}")
        else:
            stored += 1
            rows = ", ".join(f"{n:,} {t}" for t, n in r.rows.items())
            labels = "; ".join(sorted({p.label for p in r.parts or [] if not p.skipped}))
            print(f"ingested   {r.file}: {rows}" + (f"; {r.revised:,} value(s) revised" if r.revised else "")
                  + f" ({r.seconds:.1f} s)" + (f"\n           read as {labels}" if labels else ""), flush=True)

    results = store.ingest(target, args.paths, account_id=args.account, platform=args.platform, role=args.role,
                           on_file=report)
    print(f"store: {target}")
    if not results or not stored:
        print(f"error: nothing could be read from {' '.join(args.paths)}; nothing was stored", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_FAILED if failed else EXIT_OK


def cmd_store_info(args) -> int:
    from socialops.data import store

    target = Path(args.store) if args.store else config.store_path()
    table = store.info(target)
    for row in table.to_dict("records"):
        known = lambda v: v is not None and v == v  # noqa: E731 - NaT/NaN compare unequal
        span = f"{str(row['from'])[:10]} – {str(row['to'])[:10]}" if known(row["from"]) else ""
        last = f"last ingest {str(row['last_ingest'])[:19]}" if known(row["last_ingest"]) else "never ingested"
        print(f"{row['table']:<10} {row['rows']:>10,} rows  {row['accounts']:>4} account(s)  {span:<25} {last}")
    return EXIT_OK


# ---------------------------------------------------------------- run and schedule

DEFAULT_CONFIG = "reports.toml"


def _config(path: str | None):
    from socialops.batch.config import load_config

    return load_config(path or config.project_root() / DEFAULT_CONFIG)


def _run_jobs(cfg, jobs, workers=None, dry_run=False, stop=None) -> int:
    """Plan and render ``jobs``. Without a ``stop`` of the caller's, SIGTERM or Ctrl-C (from the
    moment the run starts) lets the reports in flight finish, leaves the rest and builds the index
    (exit 128 + the signal when any report was left)."""
    from contextlib import nullcontext

    from socialops.batch.plan import plan
    from socialops.publish import runtime

    if dry_run:
        return _show_plan(cfg, plan(cfg, jobs))
    signals = nullcontext(stop) if stop is not None else runtime.stop_on_signals(
        runtime.Stop(), "stop requested: finishing the reports in flight, leaving the others",
        again="Ctrl-C again abandons them")
    with signals as stop:
        return _render(cfg, jobs, workers, stop)


def _show_plan(cfg, tasks) -> int:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(tasks)} report(s) planned from {cfg.path.name}")
    for column in ("job", "subject", "period", "output"):
        table.add_column(column)
    for task in tasks:
        table.add_row(task.job, task.subject, task.period, str(Path(task.out_html).relative_to(cfg.output.resolve())))
    Console(highlight=False).print(table)
    return EXIT_OK


def _render(cfg, jobs, workers, stop) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from socialops.batch.execute import run, start_pool
    from socialops.batch.plan import plan
    from socialops.publish import runtime

    runtime.begin()  # workers and kernels die with this process; a killed run's files are swept
    pool = start_pool(workers or cfg.workers) if cfg.executor == "local" else None  # warming up while we plan
    try:
        tasks = plan(cfg, jobs)
    except BaseException:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        raise
    console = Console(highlight=False)
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=False) as progress:
        bar = progress.add_task(f"rendering ({workers or cfg.workers} workers)", total=len(tasks))
        outcomes = run(cfg, tasks, workers=workers, done=lambda outcome: progress.advance(bar), pool=pool, stop=stop)
    code = _summarise(cfg, outcomes, console, stop)
    if cfg.delivery is not None:  # after the index is built; a channel that fails is logged, never the run's failure
        _deliver(cfg, [_report_of(o) for o in outcomes if not o.stopped], log=console.print)
    return code


def _report_of(outcome):
    from socialops.batch.deliver import Report

    return Report(outcome.task.label, Path(outcome.path), outcome.ok, outcome.error)


def _deliver(cfg, reports, dry_run: bool = False, log=print) -> list:
    from socialops.batch.deliver import deliver, summarize

    summary = summarize(reports, cfg.output, cfg.delivery.base_url, title=f"socialops · {cfg.path.parent.name}")
    return deliver(cfg.delivery, summary, dry_run=dry_run, log=log)


def cmd_deliver(args) -> int:
    """Send (or with --dry-run, print) the summary of the reports the config plans, as they are on disk now."""
    from socialops.batch.deliver import Report
    from socialops.batch.plan import plan

    cfg = _config(args.config)
    if cfg.delivery is None:
        print(f"{cfg.path.name} has no [delivery] table: nothing to send", file=sys.stderr)
        return EXIT_FAILED
    reports = []
    for task in plan(cfg):
        html = Path(task.out_html)
        failed = html.with_suffix(".failed.json")
        if html.with_suffix(".json").exists():
            reports.append(Report(task.label, html, True))
        elif failed.exists():
            error = json.loads(failed.read_text(encoding="utf-8")).get("error") if failed.stat().st_size else None
            reports.append(Report(task.label, html, False, error))
        else:
            reports.append(Report(task.label, html, False, "not rendered yet: run `socialops run` first"))
    sent = _deliver(cfg, reports, dry_run=args.dry_run)
    return EXIT_OK if all(s.ok for s in sent) else EXIT_FAILED


def _summarise(cfg, outcomes, console, stop) -> int:
    """The table of reports and the exit code: 1 when one failed, 128 + signal when some were left."""
    from rich.table import Table

    table = Table(title="reports")
    for column in ("report", "status", "seconds", "path"):
        table.add_column(column, overflow="fold")
    for o in outcomes:
        if o.stopped:
            status = "[yellow]not run[/yellow]: the run was stopped"
        else:
            status = "[green]ok[/green]" if o.ok else f"[red]failed[/red]: {(o.error or '').splitlines()[0] if o.error else ''}"
        path = Path(o.path)
        shown = path.relative_to(cfg.output.resolve()) if path.is_relative_to(cfg.output.resolve()) else path
        table.add_row(o.task.label, status, f"{o.seconds:.1f}", str(shown))
    console.print(table)
    failed = sum(not o.ok and not o.stopped for o in outcomes)
    left = sum(o.stopped for o in outcomes)
    console.print(f"index: {cfg.output / 'index.html'}" + (f" · [red]{failed} failed[/red]" if failed else "")
                  + (f" · [yellow]{left} not run (stopped)[/yellow]" if left else ""))
    console.print(_check_line(cfg.output))
    if left:
        return 128 + (stop.signum or 15)  # the shell's convention for a command ended by a signal
    return EXIT_FAILED if failed else EXIT_OK


def _check_line(folder: Path) -> str:
    """The run's footer: whether the reports in the folder give each figure one way (see `socialops check`)."""
    from socialops.batch.check import check

    verdict = check(folder)
    if verdict.ok:
        return f"check: {verdict.reports} reports, {verdict.figures:,} figures, each given one way"
    return (f"check: [red]{len(verdict.disagreements)} figure(s) given two ways[/red] across {verdict.reports} reports "
            f"(socialops check {folder} lists them)")


def cmd_check(args) -> int:
    """One account, one period, one number: list each figure the reports in a folder give two ways; exit 1 if any."""
    from socialops.batch.check import check

    folder = Path(args.folder) if args.folder else config.reports_dir()
    verdict = check(folder)
    for d in verdict.disagreements:
        given = "; ".join(f"{value:,.6g} in {where}" for value, where in d.values)
        print(f"{d.account}  {d.start} – {d.end}  {d.metric}: {given}")
    print(f"{verdict.reports} reports, {verdict.figures:,} figures (account, period, metric): "
          + ("each given one way" if verdict.ok else f"{len(verdict.disagreements)} given two ways"))
    return EXIT_OK if verdict.ok else EXIT_FAILED


def cmd_run(args) -> int:
    cfg = _config(args.config)
    if args.workers is not None and args.workers < 1:
        raise ValueError("--workers must be at least 1")
    jobs = [cfg.job(args.job)] if args.job else None
    return _run_jobs(cfg, jobs, args.workers, args.dry_run)


def _run_scheduled(cfg, jobs, stop) -> int:
    """What the scheduler fires: the alerts check when it is among the due jobs, then the reports."""
    from socialops.batch.config import ALERTS_JOB

    if any(job.name == ALERTS_JOB for job in jobs):
        _check_alerts(cfg)
    reports = [job for job in jobs if job.name != ALERTS_JOB]
    return _run_jobs(cfg, reports, stop=stop) if reports else EXIT_OK


def _check_alerts(cfg, dry_run: bool = False) -> list:
    import logging

    from socialops.batch import alerts

    say = logging.getLogger("socialops.alerts").info if not dry_run else print
    return alerts.run(cfg.data_dir, cfg.output, cfg.alerts, cfg.delivery, cfg.as_of, dry_run=dry_run, log=say)


def cmd_alerts(args) -> int:
    """Run the light check of [alerts] once (for system cron), sending each new alert to the [delivery] channels."""
    cfg = _config(args.config)
    if cfg.alerts is None:
        print(f"{cfg.path.name} has no [alerts] table: nothing to check", file=sys.stderr)
        return EXIT_FAILED
    if args.backtest is not None:
        return _backtest_alerts(cfg, args.backtest)
    found = _check_alerts(cfg, dry_run=args.dry_run)
    if not args.dry_run:
        print(f"{len(found)} new alert(s)")
    return EXIT_OK


BACKTEST_DAYS = (1, 366)


def _backtest_alerts(cfg, days: int) -> int:
    """Print what the check would have sent had it run at the close of each of the last ``days`` days; send and
    remember nothing."""
    from socialops.batch import alerts

    if not BACKTEST_DAYS[0] <= days <= BACKTEST_DAYS[1]:
        raise ValueError(f"--backtest takes {BACKTEST_DAYS[0]} to {BACKTEST_DAYS[1]} days, not {days}")
    fired = alerts.backtest(cfg.data_dir, cfg.alerts, days, cfg.as_of)
    for day, alert in fired:
        print(f"{day:%Y-%m-%d}  {alert.rule:<20}  {alert.text}")
    print(f"{len(fired)} alert(s) would have fired over {days} day(s)")
    return EXIT_OK


def cmd_warm(args) -> int:
    """Build once what the first report would otherwise wait for: the CJK font base the pages' fonts are cut from
    (cached per user) and matplotlib's font list. `make install` runs it, so a fresh machine's first report is as
    fast as the second."""
    import time

    from socialops.publish import fonts

    began = time.perf_counter()
    path, covered = fonts.base_font()
    import matplotlib.font_manager  # noqa: F401 - builds matplotlib's font list cache on first import

    from socialops.report import charts

    charts.theme()
    print(f"ready in {time.perf_counter() - began:.1f} s: CJK font base {path} ({len(covered):,} characters)")
    return EXIT_OK


def cmd_schedule(args) -> int:
    import logging

    from socialops.batch.scheduler import ConfigLock, Scheduler, crontab_lines

    cfg = _config(args.config)
    if args.crontab:
        print("\n".join(crontab_lines(cfg)))
        return EXIT_OK
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    with ConfigLock(cfg.path):
        scheduler = Scheduler(cfg, lambda jobs: _run_scheduled(cfg, jobs, scheduler.stop_event))
        scheduler.install_signal_handlers()
        scheduler.run_forever()
    return EXIT_OK


# ---------------------------------------------------------------- main

def _account_options(p: argparse.ArgumentParser) -> None:
    from socialops.data.contract import PLATFORMS, ROLES

    p.add_argument("--account", metavar="ID", help="the account these exports belong to (platform exports carry no account column)")
    p.add_argument("--platform", choices=PLATFORMS, help="the account's platform, where the export's format cannot tell")
    p.add_argument("--role", choices=ROLES, default="own", help="own (default) or competitor, when the account is new")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="socialops", description="Social account analysis workbooks.")
    parser.add_argument("--version", action="version", version=f"socialops {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="check exports (files or folders) against the data contract")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _account_options(p)
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("sample", help="write the bundled sample data (same bytes every run)")
    p.add_argument("dir")
    size = p.add_mutually_exclusive_group()
    size.add_argument("--scale", type=int, metavar="POSTS",
                      help="instead: a large dataset (50 accounts x 5 years of daily rows, POSTS posts) as Parquet")
    size.add_argument("--team", action="store_true",
                      help="instead: a team's suite, 30 own accounts on four platforms with competitors and campaigns "
                           "(DIR/data as Parquet) and its DIR/reports.toml of 122 reports")
    p.set_defaults(func=cmd_sample)

    p = sub.add_parser("render", help="execute a workbook and write an HTML report with its JSON",
                       epilog=_parameters_help() if {"-h", "--help"} & set(argv or sys.argv) else None,  # read only when asked
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("notebook", help="notebook path or workbook name, e.g. account_audit")
    p.add_argument("-p", "--param", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                   help="notebook parameter (repeatable)")
    p.add_argument("-o", "--output", help="the reports folder (default reports/): reports land as `run` names them, "
                                          "<notebook>/<subject>/<period>.html, and the index is rebuilt; "
                                          "a name ending in .html is a file of your own, outside the index")
    each = p.add_mutually_exclusive_group()
    each.add_argument("--each-own-account", action="store_true",
                      help="one report per own account")
    each.add_argument("--each-campaign", action="store_true",
                      help="one report per campaign")
    p.add_argument("--timeout", type=float, default=600, help="seconds a cell may run (default 600)")
    p.set_defaults(func=cmd_render)

    p = sub.add_parser("ingest", help="merge exports into the history store (DuckDB)")
    p.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    p.add_argument("--store", help="store path (default: data/socialops.duckdb)")
    _account_options(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("store", help="the history store")
    store_sub = p.add_subparsers(dest="store_command", required=True)
    q = store_sub.add_parser("info", help="rows, accounts, date range and last ingest per table")
    q.add_argument("--store", help="store path (default: data/socialops.duckdb)")
    q.set_defaults(func=cmd_store_info)

    p = sub.add_parser("run", help="render every job of reports.toml now, in parallel, and rebuild the index")
    p.add_argument("--config", help=f"config file (default: {DEFAULT_CONFIG} in the project root)")
    p.add_argument("--job", help="only this job")
    p.add_argument("--workers", type=int, help="worker processes (default: [defaults] workers)")
    p.add_argument("--dry-run", action="store_true", help="list the reports that would be rendered")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("schedule", help="render jobs when their cron schedules come due (foreground)")
    p.add_argument("--config", help=f"config file (default: {DEFAULT_CONFIG} in the project root)")
    p.add_argument("--crontab", action="store_true", help="print the equivalent crontab lines and exit")
    p.set_defaults(func=cmd_schedule)

    p = sub.add_parser("check", help="list each figure (account, period, metric) the reports in a folder give two ways; "
                                     "exit 1 if any")
    p.add_argument("folder", nargs="?", help="a reports folder (default: reports/ in the project root)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("warm", help="build the font caches the first report would wait for (make install runs it)")
    p.set_defaults(func=cmd_warm)

    for name, func, text, dry in (
            ("alerts", cmd_alerts, "run the light check of [alerts] once: hot posts, follower drops, stale exports, "
                                   "negative comments, comment spikes, unanswered complaints",
             "print the new alerts and what would be sent; send and remember nothing"),
            ("deliver", cmd_deliver, "send the summary of the latest reports to the channels of [delivery] (mail, chat webhooks)",
             "print what would be sent to each channel, send nothing")):
        p = sub.add_parser(name, help=text)
        p.add_argument("--config", help=f"config file (default: {DEFAULT_CONFIG} in the project root)")
        p.add_argument("--dry-run", action="store_true", help=dry)
        if name == "alerts":
            p.add_argument("--backtest", type=int, metavar="DAYS",
                           help="print what would have fired at the close of each of the last DAYS days (1-366); "
                                "send and remember nothing")
        p.set_defaults(func=func)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from socialops.publish.startup import skip_slow_optional_imports

    skip_slow_optional_imports()
    args = build_parser(argv).parse_args(argv)
    from socialops.batch.config import ConfigError
    from socialops.batch.scheduler import LockedError

    # not from .render: that loads papermill and nbconvert, and `run` starts its workers first
    from socialops.data.problems import DataError, RenderError, ReportError

    try:
        return args.func(args)
    except DataError as exc:
        print(exc.render(), file=sys.stderr)
        return EXIT_FAILED
    except (RenderError, ConfigError, LockedError, ReportError, FileNotFoundError, ValueError) as exc:
        if os.environ.get("SOCIALOPS_DEBUG"):
            raise
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `socialops validate ... | head`: the reader left; say nothing more
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush does not fail again
        return 141  # as a shell reports a command ended by SIGPIPE


if __name__ == "__main__":
    sys.exit(main())
