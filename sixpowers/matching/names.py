"""Name normalisation for matching powers across registers: the same power written at two
levels differs in punctuation, width, the 对…的 frame, a level prefix and 主项/子项 markers."""

from __future__ import annotations

import re
import unicodedata

from ..model import Citation, Department, Power
from ..vocab import BASIS_LEVELS

_MARKER = re.compile(r"[（(【\[]?\s*[主子]项\s*[）)】\]]?\s*[:：]?")
_NOISE = re.compile(r"[\W_]+|[的之]")
# 市 of 市场/市容/市政/市民 is part of the word, not a level.
_LEVEL = re.compile(r"^(?:省级|市级|县级|乡级|乡镇级|省|市(?![场容政民])|县)")
_PARTY = re.compile(r"^(?:中国共产党|中共)")
_REGION = re.compile(r"^(?:[一-龥]{2,}?(?:省|自治区|特别行政区|市|自治州|州|盟|地区|县|区|旗)委?)+")
_ORGAN = re.compile(r"(?:厅|局|委员会|委|办公室|办|中心|部|署|院)$")
_TITLE_NOISE = re.compile(r"[\s《》〈〉“”\"'（）()]|^中华人民共和国")


def normalise_name(name: str, sub_name: str | None = None) -> str:
    """The comparable core of a power's name and sub-item: full-width folded (NFKC), lower case,
    without 主项/子项 markers, punctuation, spaces, 的/之, the 对 of 对…的 and a level prefix."""
    text = unicodedata.normalize("NFKC", name + (sub_name or "")).lower()
    text = _NOISE.sub("", _MARKER.sub("", text))
    text = _LEVEL.sub("", text)
    if text.startswith("对"):
        text = _LEVEL.sub("", text[1:])
    return text


def power_name(power: Power) -> str:
    return normalise_name(power.name, power.sub_name)


def department_key(department: Department | None) -> str | None:
    """The kind of a department, the same at every level: 山西省交通运输厅 and 平遥县交通运输局
    are both 交通运输; 中共平遥县委组织部 is 组织."""
    if department is None:
        return None
    text = unicodedata.normalize("NFKC", department.name).strip()
    text = _REGION.sub("", _PARTY.sub("", text))
    core = _ORGAN.sub("", text)
    return core or text or None


def strongest_citation(power: Power) -> tuple[int, Citation] | None:
    """(index, citation) of the power's highest-ranking basis, the first among equals."""
    best: tuple[int, Citation] | None = None
    for index, citation in enumerate(power.basis):
        if best is None or BASIS_LEVELS.get(citation.level, 0) > BASIS_LEVELS.get(best[1].level, 0):
            best = (index, citation)
    return best


def citation_key(citation: Citation) -> tuple[str, str]:
    """(level, title) with book-title marks and the 中华人民共和国 prefix dropped."""
    title = _TITLE_NOISE.sub("", unicodedata.normalize("NFKC", citation.title))
    return citation.level, _TITLE_NOISE.sub("", title)


def citation_text(citation: Citation) -> str:
    version = f"（{citation.version}）" if citation.version else ""
    return f"【{citation.level}】《{citation.title}》{version}"
