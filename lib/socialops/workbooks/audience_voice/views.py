"""This workbook's results as report blocks: figure, table and reading, each registered with ``view``."""
from __future__ import annotations

import pandas as pd

from socialops import metrics as M
from socialops.format import CHANGE, COUNT, NUMBER, PERCENT, Spec
from socialops.report.blocks import Block, block, figure_html, heading, note_html, short, table_html, view
from socialops.report.strings import t, value_label
from socialops.workbooks.audience_voice import analysis as voice
from socialops.workbooks.audience_voice import charts, readings

SIGNED = Spec("number", 1, True)


def _sentiment(label, lang: str) -> str:
    """A sentiment as the report names it; blank where the comment had no text to judge."""
    return "" if label is None or label != label else t(f"sentiment_{label}", lang)


@view.register
def volume_view(result: voice.Volume, lang: str = "en") -> Block:
    """Comments, per post and per 1,000 reads against the previous period; the posts that drew the most discussion."""
    parts = []
    names = list(result.table.index)
    if result.crawled:
        rows = [{t("metric", lang): M.metric_label(name, lang), t("current", lang): M.figure(name, r["current"]),
                 t("previous", lang): M.figure(name, r["previous"]), t("change_pct", lang): CHANGE(r["change_pct"])}
                for name, r in result.table.iterrows()]
        caption = f"{result.period.label(lang)} {t('compared_with', lang)} {result.previous.label(lang)}"
        parts += [note_html(caption), table_html(pd.DataFrame(rows), lang, css="so-kpis")]
    if len(result.top_posts):
        top = result.top_posts
        rows = pd.DataFrame({t("discussed_post", lang): top["title"].map(short) if "title" in top else top["post_id"],
                             t("published", lang): pd.to_datetime(top["published_at"]).dt.strftime("%Y-%m-%d %H:%M"),
                             t("comments_col", lang): top["crawled"].map(COUNT),
                             t("negative_col", lang): top["negative_share"].map(PERCENT)})
        parts += [heading(t("most_discussed", lang)), table_html(rows, lang, css="so-posts")]
    values = {name: (r["current"], r["previous"]) for name, r in result.table.iterrows()}
    return block(parts, readings.volume_reading(result), lang, names, values,
                 {"top_discussed_posts": result.top_posts["post_id"].tolist()})


@view.register
def topics_view(result: voice.Topics, lang: str = "en") -> Block:
    """The terms that rose and fell against the previous period, the most said, and the most-liked comments."""
    parts = []
    if len(result.rising) or len(result.falling):
        parts.append(figure_html(charts.term_changes(result.rising, result.falling, lang), t("chart_terms", lang)))
        moved = pd.concat([result.rising.assign(way=t("rising_terms", lang)), result.falling.assign(way=t("falling_terms", lang))])
        rows = pd.DataFrame({t("term", lang): moved["term"], "": moved["way"], t("said_now", lang): moved["count"].map(COUNT),
                             t("said_before", lang): moved["previous"].map(COUNT),
                             M.metric_label("term_change", lang): moved["change"].map(SIGNED)})
        parts.append(table_html(rows, lang, css="so-kpis"))
    if len(result.top):
        rows = pd.DataFrame({t("term", lang): result.top["term"], t("said_now", lang): result.top["count"].map(COUNT)})
        parts += [heading(t("most_said", lang)), table_html(rows, lang)]
    if len(result.quotes):
        q = result.quotes
        rows = pd.DataFrame({t("comment_text", lang): q["text"].map(lambda v: short(v, 120)),
                             t("comment_likes", lang): q["likes"].map(COUNT) if "likes" in q else "",
                             t("sentiment_col", lang): [_sentiment(s, lang) for s in q["sentiment"]],
                             t("written_at", lang): pd.to_datetime(q["created_at"]).dt.strftime("%Y-%m-%d %H:%M")})
        parts += [heading(t("most_liked", lang)), table_html(rows, lang, css="so-posts")]
    extra = {"terms": {"rising": result.rising["term"].tolist(), "falling": result.falling["term"].tolist()}}
    return block(parts, readings.topics_reading(result), lang, ["term_change"], extra=extra)


@view.register
def mood_view(result: voice.Mood, lang: str = "en") -> Block:
    """Sentiment shares and the net sentiment rate against the previous period; what draws the negative share up."""
    shares = [f"{s}_share" for s in ("positive", "neutral", "negative")]
    rows = [{t("metric", lang): M.metric_label(name, lang), t("current", lang): M.figure(name, result.shares.loc[name, "current"]),
             t("previous", lang): M.figure(name, result.shares.loc[name, "previous"])} for name in shares]
    rows.append({t("metric", lang): M.metric_label("nsr", lang), t("current", lang): M.figure("nsr", result.nsr),
                 t("previous", lang): M.figure("nsr", result.nsr_previous)})
    rows.append({t("metric", lang): M.metric_label("sentiment_accuracy", lang),
                 t("current", lang): M.figure("sentiment_accuracy", result.accuracy.accuracy), t("previous", lang): ""})
    parts = [table_html(pd.DataFrame(rows), lang, css="so-kpis")]
    if not result.daily.empty:
        parts.append(figure_html(charts.sentiment_days(result.daily, lang), t("chart_sentiment_days", lang)))
    for dimension, table in result.groups.items():
        if table.empty:
            continue
        group = table["title"].map(short) if dimension == "post_id" else [value_label(dimension, g, lang) for g in table["group"]]
        rows = pd.DataFrame({t("group_col", lang): group, t("comments_col", lang): table["comments"].map(COUNT),
                             M.metric_label("negative_share", lang): table["negative_share"].map(PERCENT),
                             t("interval_col", lang): [f"{PERCENT(lo).show(lang)} – {PERCENT(hi).show(lang)}"
                                                       if not M.is_missing(lo) else "" for lo, hi in zip(table["ci_low"], table["ci_high"])]})
        parts += [heading(t(f"dimension_{dimension}", lang)), table_html(rows, lang)]
    values = {name: (result.shares.loc[name, "current"], result.shares.loc[name, "previous"]) for name in shares}
    values["nsr"] = (result.nsr, result.nsr_previous)
    values["sentiment_accuracy"] = (result.accuracy.accuracy, None)
    extra = {"sentiment": {"nsr_interval": [result.nsr_low, result.nsr_high], "accuracy": result.accuracy.accuracy,
                           "macro_f1": result.accuracy.macro_f1, "measured_on": result.accuracy.n,
                           "trained_on": result.accuracy.trained_on}}
    measured = {"sentiment_accuracy": t("accuracy_measured", lang, accuracy=PERCENT(result.accuracy.accuracy).show(lang),
                                        f1=f"{result.accuracy.macro_f1:.2f}", n=result.accuracy.n,
                                        trained=result.accuracy.trained_on)}
    return block(parts, readings.mood_reading(result), lang, [*shares, "nsr", "sentiment_accuracy"], values, extra, measured)


@view.register
def care_view(result: voice.Care, lang: str = "en") -> Block:
    """Reply rate and time for all comments and for complaints; the questions and complaints still unanswered."""
    parts = []
    if result.replies_crawled:
        rows = pd.DataFrame({
            t("metric", lang): [M.metric_label(m, lang) for m in ("reply_rate", "median_reply_minutes")],
            t("all_comments", lang): [M.figure("reply_rate", result.reply_rate), M.figure("median_reply_minutes", result.median_minutes)],
            t("complaints_only", lang): [M.figure("reply_rate", result.complaint_reply_rate),
                                         M.figure("median_reply_minutes", result.complaint_median_minutes)]})
        parts += [note_html(t("care_table_caption", lang)), table_html(rows, lang, css="so-kpis")]
    if len(result.unanswered):
        w = result.unanswered
        rows = pd.DataFrame({t("written_at", lang): pd.to_datetime(w["created_at"]).dt.strftime("%Y-%m-%d %H:%M"),
                             t("kind_col", lang): [t(f"kind_{k}", lang) for k in w["kind"]],
                             t("comment_text", lang): w["text"].map(lambda v: short(v, 100)),
                             t("waiting_hours", lang): w["hours"].map(lambda h: NUMBER(h))})
        parts += [heading(t("unanswered_heading", lang)), table_html(rows, lang, max_rows=20, css="so-posts")]
    values = {"questions": (float(result.questions), None), "complaints": (float(result.complaints), None),
              "unanswered_complaints": (float(result.overdue), None)}
    if result.replies_crawled:
        values.update({"reply_rate": (result.reply_rate, None), "median_reply_minutes": (result.median_minutes, None)})
    return block(parts, readings.care_reading(result), lang,
                 ["questions", "complaints", "reply_rate", "median_reply_minutes", "unanswered_complaints"], values,
                 {"care": {"hours": result.hours, "complaint_reply_rate": result.complaint_reply_rate,
                           "complaint_median_reply_minutes": result.complaint_median_minutes,
                           "business_calendar": "official" if result.calendar else "monday_to_friday"}})


@view.register
def pyramid_view(result: voice.Pyramid, lang: str = "en") -> Block:
    """Commenters by tier now and at the previous period's end, the moves between tiers, what each tier says."""
    parts = []
    if result.authors:
        parts.append(figure_html(charts.tiers(result.tiers, lang), t("chart_commenter_tiers", lang)))
        rows = pd.DataFrame({t("tier_col", lang): [t(f"tier_{tier}", lang) for tier in result.tiers.index],
                             t("commenters_now", lang): result.tiers["commenters"].map(COUNT),
                             t("commenters_before", lang): result.tiers["previous"].map(COUNT),
                             t("tier_comments", lang): result.tiers["comments"].map(COUNT),
                             t("tier_terms", lang): [("、" if lang == "zh" else ", ").join(term for term, _ in result.terms.get(tier, []))
                                                    for tier in result.tiers.index]})
        parts.append(table_html(rows, lang, css="so-kpis"))
        if len(result.moves):
            moves = result.moves.copy()
            moves.index = [t(f"tier_{tier}", lang) for tier in moves.index]
            moves.columns = [t(f"tier_{tier}", lang) for tier in moves.columns]
            moves = moves.reset_index().rename(columns={"index": t("moved_from", lang)})
            parts.append(table_html(moves, lang, {c: COUNT for c in moves.columns[1:]}))
    core = float(result.tiers.loc["core", "commenters"]) if result.authors else None
    before = float(result.tiers.loc["core", "previous"]) if result.authors else None
    extra = {"tiers": {tier: int(result.tiers.loc[tier, "commenters"]) for tier in result.tiers.index}}
    return block(parts, readings.pyramid_reading(result), lang, ["core_commenters"], {"core_commenters": (core, before)}, extra)


@view.register
def peers_view(result: voice.Peers, lang: str = "en") -> Block:
    """Our audience beside each competitor's on our platform (where their comments were crawled)."""
    parts = []
    if len(result.table) > 1:
        table = result.table
        rows = pd.DataFrame({t("account", lang): table["name"],
                             **{M.metric_label(m, lang): [M.figure(m, v) for v in table[m]]
                                for m in ("audience_comments", "nsr", "negative_share", "reply_rate", "core_commenters")},
                             t("core_share_col", lang): table["core_share"].map(PERCENT)})
        parts.append(table_html(rows, lang, css="so-compare"))
    extra = {"peers": [{"id": account, **{m: _number(r[m]) for m in ("audience_comments", "nsr", "negative_share",
                                                                       "reply_rate", "core_commenters", "core_share")}}
                       for account, r in result.table.iterrows()]}
    return block(parts, readings.peers_reading(result), lang,
                 ["audience_comments", "nsr", "negative_share", "reply_rate", "core_commenters"], extra=extra)


def _number(value) -> float | None:
    return None if M.is_missing(value) else float(value)

