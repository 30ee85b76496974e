"""The workbooks socialops ships, one :class:`WorkbookSpec` each: the only list of them.

Planning (subject kind), the index (titles, headline metrics, order), rendering (titles)
and the CLI read a workbook's facts from here. Adding a workbook is: a folder under
``socialops/workbooks/`` (analysis, readings, views, charts, strings), one entry below,
and its notebook in ``notebooks/``.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import Literal

Lang = Literal["en", "zh"]
SubjectKind = Literal["account", "campaign", "accounts"]
Scope = Literal["account", "platform"]


@dataclass(frozen=True)
class WorkbookSpec:
    """What the rest of socialops needs to know of one workbook."""

    name: str                      # the notebook's stem, and the output folder's name
    package: str                   # its folder under socialops/workbooks/
    titles: dict[str, str]         # per language (Lang)
    subject_kind: SubjectKind      # what one report is about: an account, a campaign, all own accounts
    scope: Scope                   # which accounts it reads: the subject's, or every one on its platform
    headlines: tuple[str, ...]     # metric names on the index card, in order (each in metrics.METRICS)
    typical_seconds: float         # on the sample, 2026-11-22: starts the longest reports first

    def title(self, lang: str) -> str:
        return self.titles.get(lang, self.titles["en"])

    def module(self, part: str) -> ModuleType:
        """One of the workbook's modules: ``analysis``, ``readings``, ``views``, ``charts``, ``strings``."""
        return importlib.import_module(f"socialops.workbooks.{self.package}.{part}")


WORKBOOKS: tuple[WorkbookSpec, ...] = (  # in the index's order: the Monday digest first
    WorkbookSpec("weekly_review", "weekly_review", {"en": "Weekly review", "zh": "运营周报"}, "accounts", "account",
                 ("hot_posts", "accounts_stale"), 1.5),
    WorkbookSpec("account_audit", "account_audit", {"en": "Account audit", "zh": "账号诊断"}, "account", "account",
                 ("followers_net", "posts", "avg_reposts_per_post", "mentions"), 1.0),
    WorkbookSpec("content_performance", "content", {"en": "Content performance", "zh": "内容表现"}, "account", "account",
                 ("reads", "engagement_rate", "avg_reads_per_post", "posts"), 1.7),
    WorkbookSpec("competitor_comparison", "competitors", {"en": "Competitor comparison", "zh": "竞品对比"}, "account",
                 "platform", ("engagement_per_1k_followers", "followers", "posts_per_day"), 1.8),
    WorkbookSpec("audience_voice", "audience_voice", {"en": "Audience voice", "zh": "评论洞察"}, "account", "platform",
                 ("nsr", "audience_comments", "reply_rate", "unanswered_complaints"), 1.5),
    WorkbookSpec("campaign_retrospective", "campaigns", {"en": "Campaign retrospective", "zh": "活动复盘"}, "campaign",
                 "account", ("roi", "lift_pct", "retention_rate", "cost_per_follower"), 1.0),
)
BY_NAME = {spec.name: spec for spec in WORKBOOKS}


def get(name: str) -> WorkbookSpec | None:
    """The workbook of that notebook name (None for a notebook of the user's own)."""
    return BY_NAME.get(name)


def names() -> list[str]:
    return [spec.name for spec in WORKBOOKS]
