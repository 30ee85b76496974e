"""What the audience voice workbook says, as findings: each a key (worded in ``strings.py``) and its values."""
from __future__ import annotations

from socialops import metrics as M
from socialops.report.findings import Change, Count, Date, Finding, Join, MetricValue, Num, Pct, Title, ValueLabel, say
from socialops.workbooks.audience_voice.analysis import MIN_GROUP_COMMENTS, Care, Mood, Peers, Pyramid, Topics, Volume

# The executive summary: what moved (up to three, in this order of weight), then what to do next.
SUMMARY_KEYS = ("audience_voice.care.overdue", "audience_voice.mood.negative_up", "audience_voice.mood.drawn_up",
                "audience_voice.volume.comments", "audience_voice.volume.partial", "audience_voice.mood.nsr")
ACTION_KEYS = ("audience_voice.care.overdue", "audience_voice.mood.drawn_up", "audience_voice.pyramid.core_lost",
               "audience_voice.volume.none", "audience_voice.care.no_replies")


def volume_reading(v: Volume) -> list[Finding]:
    """How much the audience wrote, against the previous period, and where."""
    if not v.crawled:
        return [say("audience_voice.volume.none")]
    table = v.table
    if v.covered is not None:  # a part of the period: said as it is, never compared with a whole one
        out = [say("audience_voice.volume.partial", n=Count(table.loc["audience_comments", "current"]),
                   last=Date(v.covered.end), per_post=MetricValue(table.loc["comments_per_post", "current"], "comments_per_post"))]
    else:
        out = [say("audience_voice.volume.comments", n=Count(table.loc["audience_comments", "current"]),
                   change=Change(table.loc["audience_comments", "change_pct"]),
                   per_post=MetricValue(table.loc["comments_per_post", "current"], "comments_per_post"))]
    if len(v.top_posts):
        top = v.top_posts.iloc[0]
        out.append(say("audience_voice.volume.most_discussed", title=Title(top.get("title"), 50), n=Count(top["crawled"])))
    return out


def topics_reading(tp: Topics) -> list[Finding]:
    """The terms that rose and fell, with the comments saying them."""
    if not tp.previous_comments:
        return [say("audience_voice.topics.no_previous")] if tp.comments else []
    out = []
    if len(tp.rising):
        out.append(say("audience_voice.topics.rising", terms=Join(tuple(f"{r.term} ({r.previous} → {r.count})"
                                                                        for r in tp.rising.head(5).itertuples()))))
    if len(tp.falling):
        out.append(say("audience_voice.topics.falling", terms=Join(tuple(f"{r.term} ({r.previous} → {r.count})"
                                                                         for r in tp.falling.head(5).itertuples()))))
    return out


def mood_reading(m: Mood) -> list[Finding]:
    """The net sentiment with its interval, a rise of the negative share, what draws it up, and the accuracy."""
    out = []
    if sum(m.counts.values()):
        out.append(say("audience_voice.mood.nsr", nsr=MetricValue(m.nsr, "nsr"), low=MetricValue(m.nsr_low, "nsr"),
                       high=MetricValue(m.nsr_high, "nsr"), previous=MetricValue(m.nsr_previous, "nsr"),
                       pos=Count(m.counts["positive"]), neu=Count(m.counts["neutral"]), neg=Count(m.counts["negative"])))
        share, before = m.shares.loc["negative_share", "current"], m.shares.loc["negative_share", "previous"]
        if not M.is_missing(share) and not M.is_missing(before) and share > before:
            out.append(say("audience_voice.mood.negative_up", share=Pct(share), previous=Pct(before)))
        overall = m.shares.loc["negative_share", "current"]
        drawn = [(d, g) for d, g in m.drawn_up.items() if g is not None and d != "post_id"]
        for dimension, group in drawn:
            row = m.groups[dimension].set_index("group").loc[group]
            out.append(say("audience_voice.mood.drawn_up", dimension=say(f"dimension_{dimension}"), group=ValueLabel(dimension, group),
                           share=Pct(row["negative_share"]), n=Count(row["comments"]), low=Pct(row["ci_low"]),
                           high=Pct(row["ci_high"]), overall=Pct(overall)))
        if not drawn and m.groups:
            out.append(say("audience_voice.mood.none_drawn_up", min=Count(MIN_GROUP_COMMENTS)))
    out.append(say("audience_voice.mood.accuracy", accuracy=Pct(m.accuracy.accuracy), f1=Num(m.accuracy.macro_f1, 2),
                   n=Count(m.accuracy.n)))
    return out


def care_reading(c: Care) -> list[Finding]:
    """Reply rate and time, complaints, and the complaints waiting too long."""
    if not c.replies_crawled:
        return [say("audience_voice.care.no_replies")]
    out = [say("audience_voice.care.reply", rate=Pct(c.reply_rate), n=Count(c.top_level),
               minutes=MetricValue(c.median_minutes, "median_reply_minutes")),
           say("audience_voice.care.complaints", n=Count(c.complaints), q=Count(c.questions), rate=Pct(c.complaint_reply_rate),
               minutes=MetricValue(c.complaint_median_minutes, "median_reply_minutes"))]
    if c.overdue:
        out.insert(0, say("audience_voice.care.overdue", n=Count(c.overdue), hours=Num(c.hours, 0)))
    else:
        out.append(say("audience_voice.care.none_overdue", hours=Num(c.hours, 0)))
    if not c.calendar:
        out.append(say("audience_voice.care.calendar"))
    return out


def pyramid_reading(p: Pyramid) -> list[Finding]:
    """How many commenters each tier holds, who left the core and who came new."""
    if not p.authors:
        return [say("audience_voice.pyramid.none")]
    tiers = p.tiers
    out = [say("audience_voice.pyramid.tiers", core=Count(tiers.loc["core", "commenters"]), k=Count(p.core_k),
               core_before=Count(tiers.loc["core", "previous"]), active=Count(tiers.loc["active", "commenters"]),
               one_off=Count(tiers.loc["one_off", "commenters"]), dormant=Count(tiers.loc["dormant", "commenters"]))]
    if len(p.moves) and "core" in p.moves.index:
        lost = int(p.moves.loc["core"].drop("core").sum())
        if lost:
            out.append(say("audience_voice.pyramid.core_lost", n=Count(lost)))
    if len(p.moves) and "new" in p.moves.index and p.moves.loc["new"].sum():
        out.append(say("audience_voice.pyramid.newcomers", n=Count(int(p.moves.loc["new"].sum()))))
    return out


def peers_reading(p: Peers) -> list[Finding]:
    """Where we stand against each competitor whose comments were crawled, and which were not."""
    out = []
    if p.account in p.table.index:
        ours = p.table.loc[p.account]
        for _, theirs in p.table.drop(index=p.account).iterrows():
            out.append(say("audience_voice.peers.against", name=str(theirs["name"]), nsr=MetricValue(ours["nsr"], "nsr"),
                           their_nsr=MetricValue(theirs["nsr"], "nsr"), reply=MetricValue(ours["reply_rate"], "reply_rate"),
                           their_reply=MetricValue(theirs["reply_rate"], "reply_rate"),
                           core=Pct(ours["core_share"]), their_core=Pct(theirs["core_share"])))
    if p.missing:
        out.append(say("audience_voice.peers.not_crawled", names=Join(tuple(p.missing))))
    if not out:
        out.append(say("audience_voice.peers.none"))
    return out

