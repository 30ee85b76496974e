"""The words of the account audit, in ``en`` and ``zh`` (looked up with ``report.strings.t``)."""
from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "partial": {"en": "{known} of {days} days recorded", "zh": "仅 {known}/{days} 天有记录"},
    "from_posts": {"en": "counted from the posts table", "zh": "按内容表统计"},
    "not_comparable": {"en": "no change shown: the two periods are counted from different tables (daily log and posts)",
                       "zh": "不计算变化：两期分别按日志与内容表统计，口径不同"},
    "set": {"en": "set", "zh": "已设置"},
    "not_set": {"en": "missing", "zh": "未设置"},
    "what_to_fix": {"en": "What to do", "zh": "建议"},
    "fix_unknown": {"en": "Not in the accounts table: check it by hand.", "zh": "账号表中没有此项，请人工核对。"},
    "net_growth": {"en": "Net growth", "zh": "净增粉丝"},
    "gained": {"en": "Gained", "zh": "新增"},
    "lost": {"en": "Lost", "zh": "流失"},
    "anomaly": {"en": "Anomaly", "zh": "异常"},
    "followers_axis": {"en": "Followers per day", "zh": "每日粉丝数"},
    "chart_growth": {"en": "Daily follower growth", "zh": "每日粉丝增长"},
    "chart_quality": {"en": "Follower quality (sample of {n})", "zh": "粉丝质量（样本 {n} 人）"},
    # readings: one entry per thing a reading can say (report.findings.Finding keys)
    "account_audit.profile.basics_in_place": {
        "en": "{done} of {total} profile basics are in place.",
        "zh": "{total} 项主页基础设置中已完成 {done} 项。",
    },
    "account_audit.profile.fix_first": {
        "en": "Fix first: {names}.",
        "zh": "优先补齐：{names}。",
    },
    "account_audit.profile.check_by_hand": {
        "en": "Not recorded in the data, check by hand: {names}.",
        "zh": "数据中未记录，请人工核对：{names}。",
    },
    "account_audit.growth.no_follower_data": {
        "en": "No daily follower data in this period.",
        "zh": "本期没有每日粉丝数据。",
    },
    "account_audit.growth.net_without_total": {
        "en": "Net growth {net} followers. The exports give no follower total, so the growth rate and the follower count are not available.",
        "zh": "净增粉丝 {net}。导出数据中没有粉丝总数，无法计算增长率与粉丝总量。",
    },
    "account_audit.growth.net_and_rate": {
        "en": "Net growth {net} followers ({rate} of the {start} at the start), ending at {end}.",
        "zh": "净增粉丝 {net}（占期初 {start} 的 {rate}），期末 {end}。",
    },
    "account_audit.growth.gained_and_kept": {
        "en": "{gained} gained against {lost} lost: for every 100 new followers, {keep} stayed.",
        "zh": "新增 {gained}，流失 {lost}：每 100 个新粉丝约留下 {keep} 个。",
    },
    "account_audit.growth.no_anomaly": {
        "en": "No day fell far outside the account's usual range.",
        "zh": "没有明显偏离常态的日子。",
    },
    "account_audit.growth.spike_in_campaign": {
        "en": "{span}: {avg}/day against a usual {usual}/day, during the campaign “{name}” ({dates}).",
        "zh": "{span}：日均 {avg}，常态为日均 {usual}，正值活动“{name}”（{dates}）期间。",
    },
    "account_audit.growth.drop_after_campaign": {
        "en": "{span}: {avg}/day against a usual {usual}/day, in or just after the campaign “{name}” ({dates}): followers it "
              "brought are leaving.",
        "zh": "{span}：日均 {avg}，常态为日均 {usual}，正值活动“{name}”（{dates}）期间或刚结束：活动带来的粉丝在离开。",
    },
    "account_audit.growth.spike": {
        "en": ("{span}: {avg}/day against a usual {usual}/day. A spike like this comes from a campaign, a "
               "breakout post or bought followers: check which."),
        "zh": "{span}：日均净增 {avg}，常态为 {usual}。此类峰值通常来自活动、爆款内容或买粉，请核实来源。",
    },
    "account_audit.growth.drop": {
        "en": "{span}: {avg}/day against a usual {usual}/day. Losses right after a campaign are usually prize hunters leaving.",
        "zh": "{span}：日均净增 {avg}，常态为 {usual}。活动刚结束后的掉粉通常是抽奖用户离开。",
    },
    "account_audit.growth.spike_top_post": {
        "en": "Most-read post of those days ({reads} reads): “{title}”.",
        "zh": "这几天阅读最高的内容（{reads} 次阅读）：“{title}”。",
    },
    "account_audit.quality.no_sample": {
        "en": "No follower sample for this account: follower quality is not available.",
        "zh": "该账号没有粉丝样本，无法评估粉丝质量。",
    },
    "account_audit.quality.bands": {
        "en": ("{z} of {n} sampled followers have fewer than 10 followers of their own (likely zombie or "
               "inactive); {core} are ordinary users and {inf} are influencers."),
        "zh": "样本 {n} 人中，{z} 自身粉丝少于 10（疑似僵尸或不活跃），{core} 为普通用户，{inf} 为意见领袖。",
    },
    "account_audit.quality.no_mentions": {
        "en": "Mentions are not available, so the mentions-to-followers check is skipped.",
        "zh": "无提及数据，跳过提及/粉丝比检查。",
    },
    "account_audit.quality.mentions_per_1k": {
        "en": "{m} brand mentions in the period: {r} per 1,000 followers.",
        "zh": "本期品牌提及 {m} 次，每千粉丝 {r} 次。",
    },
    "account_audit.quality.zombies_high": {
        "en": "That zombie share is high: the follower count overstates the real audience; judge reach by engagement, not by followers.",
        "zh": "僵尸粉比例偏高：粉丝数高估了真实受众，应以互动而非粉丝数衡量影响力。",
    },
    "account_audit.quality.mentions_low": {
        "en": "Few mentions for the audience size: a sign of zombie followers or a passive audience.",
        "zh": "相对粉丝规模提及偏少：可能是僵尸粉多或粉丝不活跃。",
    },
    "account_audit.quality.healthy": {
        "en": "A healthy audience: most followers are real, active users.",
        "zh": "粉丝结构健康：大部分为真实活跃用户。",
    },
    "account_audit.rhythm.posts_and_active_share": {
        "en": "{n} posts, {per} a day; {share} of them in the usual active hours ({hours}).",
        "zh": "共发布 {n} 条，日均 {per} 条；其中 {share} 在常见活跃时段（{hours}）。",
    },
    "account_audit.rhythm.no_posts": {
        "en": "No posts in this period.",
        "zh": "本期没有发布内容。",
    },
    "account_audit.rhythm.posts_dates_only": {
        "en": ("{n} posts, {per} a day; {z} days without any post. The export gives publish dates without "
               "times, so posting hours and slots are not available."),
        "zh": "共发布 {n} 条，日均 {per} 条；{z} 天没有发布。导出数据只有发布日期、没有时间，无法分析发布时段。",
    },
    "account_audit.rhythm.off_active_hours": {
        "en": "Fewer than half the posts meet the audience when it is online: move some into the active windows.",
        "zh": "不到一半的内容在粉丝活跃时发布：建议把部分内容调整到活跃时段。",
    },
    "account_audit.rhythm.morning_slot": {
        "en": "{h} in the morning",
        "zh": "早间 {h}",
    },
    "account_audit.rhythm.evening_slot": {
        "en": "{h} in the evening",
        "zh": "晚间 {h}",
    },
    "account_audit.rhythm.regular_slots": {
        "en": "Regular slots: {s}.",
        "zh": "固定发布时段：{s}。",
    },
    "account_audit.rhythm.no_regular_slot": {
        "en": "No regular morning or evening slot: a fixed slot helps followers know when to look.",
        "zh": "没有固定的早晚发布时段：固定时段有助于培养粉丝的阅读习惯。",
    },
    "account_audit.rhythm.longest_gap": {
        "en": "Longest gap between posts: {h} hours (from {d}); {z} days without any post.",
        "zh": "最长发布间隔 {h} 小时（自 {d} 起）；{z} 天没有发布。",
    },
    "account_audit.rhythm.bursts": {
        "en": "{n} bursts of 3 or more posts within an hour: bunched posts compete with each other.",
        "zh": "{n} 次一小时内连发 3 条以上：扎堆发布会互相抢流量。",
    },
    "account_audit.kpis.campaign_in_period": {
        "en": "This period held the campaign “{name}” ({dates}): the changes below partly measure the campaign, not the routine.",
        "zh": "本期包含活动“{name}”（{dates}）：下列变化部分来自活动，而非日常运营。",
    },
    "account_audit.kpis.campaign_in_previous": {
        "en": "The period compared with held the campaign “{name}” ({dates}): a fall against it is partly the campaign ending.",
        "zh": "对比的上期包含活动“{name}”（{dates}）：相对上期的下降部分来自活动结束。",
    },
    "account_audit.kpis.campaign_in_both": {
        "en": "Both periods hold the campaign “{name}”: the changes below compare parts of the same campaign.",
        "zh": "两期都包含活动“{name}”：下列变化比较的是同一活动的不同阶段。",
    },
    "account_audit.kpis.no_comparison": {
        "en": "No comparison with the previous period is available.",
        "zh": "无法与上期对比（缺少数据）。",
    },
    "account_audit.kpis.up": {
        "en": "Up: {s}.",
        "zh": "上升：{s}。",
    },
    "account_audit.kpis.down": {
        "en": "Down: {s}.",
        "zh": "下降：{s}。",
    },
    "account_audit.kpis.steady": {
        "en": "Steady (within ±3%): {s}.",
        "zh": "基本持平（±3% 以内）：{s}。",
    },
    "account_audit.kpis.volume_over_quality": {
        "en": "More posts but fewer reposts per post: volume went up, content quality or fan activity did not keep pace.",
        "zh": "发布更多但单条转发下降：数量上去了，内容质量或粉丝活跃度没有跟上。",
    },
    "account_audit.kpis.log_misses_days": {
        "en": "Not compared, the log misses days: {s}.",
        "zh": "日志有缺失天数，未做对比：{s}。",
    },
    "account_audit.kpis.not_in_data": {
        "en": "Not in the data for this period: {s}.",
        "zh": "本期数据中缺少：{s}。",
    },
}
