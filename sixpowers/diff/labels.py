"""Words the diff outputs share, in Chinese and English."""

from __future__ import annotations

from .model import DiffSummary, PowerChange, transition_label

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("权力清单变更", "Power register changes"),
    "department": ("部门", "Department"),
    "type": ("事项类型", "Type"),
    "before": ("调整前", "Before"),
    "after": ("调整后", "After"),
    "added": ("新增", "Added"),
    "removed": ("移出", "Removed"),
    "total": ("合计", "Total"),
    "transitions": ("处理意见变化", "Status transitions"),
    "by_type": ("按事项类型", "By type"),
    "grounds": ("增减有据", "Grounds for changes"),
    "grounds_ok": ("每项增减和处理意见变化均已说明依据。", "Every change states its ground."),
    "removed_powers": ("移出清单的事项", "Powers removed"),
    "added_powers": ("新增事项", "Powers added"),
    "changed_powers": ("有变化的事项", "Powers changed, moved or re-coded"),
    "lists": ("责任清单、负面清单与调整记录", "Responsibility, negative and removal lists"),
    "no_changes": ("两个版本的清单内容相同。", "The two registers are the same."),
    "moved": ("跨部门移动", "moved"),
    "recoded": ("重新编码", "re-coded"),
    "was": ("原处理意见", "status was"),
    "status": ("处理意见", "status"),
    "load_problems": ("读取时有 {n} 个问题（用 sixpowers validate 查看），相关事项未参与比较。",
                      "{n} problem(s) while loading (see sixpowers validate); those powers were "
                      "not compared."),
    "list_added": ("新增", "added"),
    "list_removed": ("删除", "removed"),
    "list_changed": ("修改", "changed"),
}


def colon(lang: str) -> str:
    return ": " if lang == "en" else "："


def word(key: str, lang: str) -> str:
    zh, en = _WORDS[key]
    return en if lang == "en" else zh


def headline(summary: DiffSummary, lang: str) -> str:
    """`事项总数 5,343 → 3,090（新增 10，移出 2,263，修改 5，跨部门移动 1，重新编码 1）`."""
    s = summary
    if lang == "en":
        return (f"Powers {s.before:,} → {s.after:,} ({s.added:,} added, {s.removed:,} removed, "
                f"{s.modified:,} changed, {s.moved:,} moved, {s.recoded:,} re-coded)")
    return (f"事项总数 {s.before:,} → {s.after:,}（新增 {s.added:,}，移出 {s.removed:,}，"
            f"修改 {s.modified:,}，跨部门移动 {s.moved:,}，重新编码 {s.recoded:,}）")


def transitions_line(summary: DiffSummary, lang: str) -> str:
    sep = " · "
    return sep.join(f"{transition_label(pair, lang)} {n:,}" for pair, n in summary.transitions)


def power_heading(change: PowerChange, lang: str) -> str:
    """`140115001000 道路货物运输经营许可 — 交通运输厅（跨部门移动：A → B）`."""
    ref = change.ref
    text = f"{ref.label()} — {ref.department}"
    notes = []
    if change.moved:
        assert change.old is not None
        notes.append(f"{word('moved', lang)}{colon(lang)}{change.old.department} → {ref.department}")
    if change.recoded:
        assert change.old is not None
        notes.append(f"{word('recoded', lang)}{colon(lang)}{change.old.code or '—'} → {ref.code or '—'}")
    if change.kind == "removed":
        notes.append(f"{word('was', lang)}{colon(lang)}{ref.status}")
    elif change.kind == "added":
        notes.append(f"{word('status', lang)}{colon(lang)}{ref.status}")
    if notes:
        text += ("（" + "；".join(notes) + "）") if lang != "en" else (" (" + "; ".join(notes) + ")")
    return text
