"""A deterministic generator of realistic registers of N powers in the project's own format.

    python -m benchmarks.generate N OUT [--changed PCT] [--seed S]

writes `OUT/sixpowers.toml`, `OUT/departments/*.yaml` (50 powers a file: 200 files for 10k),
`OUT/register.csv` (the same powers, one row each) and `OUT/register.schema.json` (its
Frictionless Table Schema). Every field is filled as a published list fills it: several
citations with article text, a duty per stage, 8-10 flow steps, 2-4 risk points, about 2.5 KB of
YAML per power. The type mix follows real lists (处罚 ~60 %, 许可 ~10 %, 检查, 强制, ...); about
5 % of powers carry a defect (half schema errors such as an unknown field or a YAML 1.1 trap,
half governance defects that pass the schema). `--changed PCT` writes the next version of the
same register: PCT % of powers edited, removed or added (3 : 1 : 1).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from pathlib import Path
from typing import Any

from . import content as C
from .emit import Raw, department_yaml, power_row, register_csv, table_schema

PER_FILE = 50
TYPES = (("行政处罚", "02", 60), ("行政许可", "01", 10), ("行政检查", "06", 8),
         ("行政强制", "03", 6), ("行政确认", "07", 5), ("其他行政权力", "10", 5),
         ("行政征收", "04", 2), ("行政给付", "05", 2), ("行政奖励", "08", 1),
         ("行政裁决", "09", 1))
_NAMES = {"行政处罚": "对{o}中{v}的处罚", "行政许可": "{o}许可", "行政检查": "对{o}的监督检查",
          "行政强制": "对{o}中{v}的查封、扣押", "行政确认": "{o}登记", "其他行政权力": "{o}备案",
          "行政征收": "{o}相关费用征收", "行政给付": "{o}补助资金发放", "行政奖励": "对{o}先进单位的表彰奖励",
          "行政裁决": "{o}权属争议裁决"}
_FLOW = {"行政许可": ("申请", "受理", "审查", "现场核查", "法制审核", "决定", "制证", "送达",
                      "事后监管"),
         "行政处罚": ("立案", "调查取证", "案件审理", "法制审核", "告知", "陈述申辩", "决定", "送达",
                      "执行", "结案")}
_FLOW_DEFAULT = ("启动", "受理", "调查核实", "审查", "法制审核", "决定", "送达", "归档")


def _citation(rng: random.Random) -> dict[str, Any]:
    level, title, version = rng.choice(C.LAWS)
    article = f"第{rng.choice(('', '二', '三', '四', '五', '六'))}十{rng.choice('一二三四五六七八九')}条"
    text = f"{rng.choice(C.VIOLATIONS)}的，责令改正，处{rng.randint(1, 3)}万元以上{rng.randint(5, 10)}万元以下罚款。"
    citation: dict[str, Any] = {"level": level, "title": title, "article": article}
    if version:
        citation["version"] = version
    citation["text"] = text
    return citation


def _flow(rng: random.Random, ptype: str) -> list[dict[str, Any]]:
    names = list(_FLOW.get(ptype, _FLOW_DEFAULT))
    while len(names) > 8 and rng.random() < 0.5:
        names.pop(rng.randrange(2, len(names) - 1))
    steps: list[dict[str, Any]] = []
    for i, name in enumerate(names):
        step: dict[str, Any] = {"id": f"s{i + 1}", "name": name}
        step["kind"] = "start" if i == 0 else "end" if i == len(names) - 1 else (
            "decision" if name in ("受理", "决定", "案件审理") else "task")
        if step["kind"] == "task":
            del step["kind"]  # the default, as people leave it out
        step["post"] = C.POSTS[(i + rng.randrange(3)) % len(C.POSTS)]
        if 0 < i < len(names) - 1:
            step["days"] = rng.choice((1, 2, 3, 5))
        if i < len(names) - 1:
            step["next"] = [{"to": f"s{i + 2}"}]
            if step.get("kind") == "decision":
                step["next"] = [{"to": f"s{i + 2}", "label": "准予"},
                                {"to": f"s{len(names)}", "label": "不予"}]
                if name == "受理":
                    step["next"].append({"to": "s1", "label": "补正", "kind": "return"})
                step["note"] = "不予的书面说明理由"
        steps.append(step)
    return steps


def make_power(rng: random.Random, dept: dict[str, Any], index: int, serial: int) -> dict[str, Any]:
    """One power, all fields filled; `serial` makes its code unique in the register."""
    weights = [t[2] for t in TYPES]
    ptype, tcode, _ = rng.choices(TYPES, weights)[0]
    obj, vio = rng.choice(C.OBJECTS), rng.choice(C.VIOLATIONS)
    flow = _flow(rng, ptype)
    statutory = rng.choice((20, 30, 60, 90))
    risky = rng.sample(range(1, len(flow) - 1), rng.randint(2, min(4, len(flow) - 2)))
    power: dict[str, Any] = {
        "code": f"14{tcode}{dept['code']}{index:03d}{serial:03d}",
        "name": _NAMES[ptype].format(o=obj, v=vio),
        "type": ptype,
        "basis": [_citation(rng) for _ in range(rng.randint(2, 3))],
        "subject": dept["name"],
        "undertaker": rng.choice(C.UNDERTAKERS),
        "levels": sorted(rng.sample(["省级", "市级", "县级"], rng.randint(1, 3))),
        "duties": [{"stage": s, "content": C.STAGE_TEXT[s]}
                   for s in ("受理责任", "审查责任", "决定责任", "送达责任", "事后监管责任")],
        "accountability": rng.sample(C.ACCOUNTABILITY, 2),
        "accountability_basis": ["《中华人民共和国监察法》第六十五条"],
        "supervision": {"methods": ["纪检监察", "行政复议", "社会监督"], "phone": dept["phone"],
                        "complaint": "12345"},
        "time_limit": {"statutory": statutory, "committed": statutory // 2},
        "fee": "不收费",
        "disclosure": {"scope": "社会公开", "timing": "长期"},
        "flow": flow,
        "risks": [],
    }
    for i in sorted(risky):
        desc, forms, kind, measures = rng.choice(C.RISKS)
        power["risks"].append({"step": flow[i]["id"], "description": desc, "forms": forms,
                               "level": rng.choice("高中中低低低"), "kind": kind,
                               "measures": list(measures[:2])})
    if rng.random() < 0.05:
        _plant_defect(rng, power)
    return power


def _plant_defect(rng: random.Random, power: dict[str, Any]) -> None:
    kind = rng.randrange(8)
    if kind == 0:
        power["subjet"] = power.pop("subject")  # SP102 unknown field (and SP101 missing)
    elif kind == 1:
        power["fee"] = Raw("no")  # SP106 boolean trap
    elif kind == 2:
        power["levels"] = ["省"]  # SP104 value not allowed
    elif kind == 3:
        power["type"] = power["type"].replace("行政", "行正")  # SP105 unknown type
    elif kind == 4:
        power["time_limit"]["committed"] = power["time_limit"]["statutory"] + 10
    elif kind == 5:
        power["accountability"] = []
    elif kind == 6:
        power["basis"][0]["title"] = "环境保护法"  # short title
    else:
        power["code"] = power["code"][:2] + "99" + power["code"][4:]  # type code 99


def build_register(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """Department files (as plain data) holding `n` powers between them."""
    rng = random.Random(seed)
    files: list[dict[str, Any]] = []
    for f in range(max(1, -(-n // PER_FILE))):
        area, dept = C.AREAS[f // len(C.DEPARTMENTS) % len(C.AREAS)], C.DEPARTMENTS[f % len(C.DEPARTMENTS)]
        department = {"name": f"{area}{dept}", "code": f"{f % 100:02d}",
                      "phone": f"0351-{rng.randint(2000000, 8999999)}"}
        if f >= len(C.AREAS) * len(C.DEPARTMENTS):
            department["name"] += f"第{f // (len(C.AREAS) * len(C.DEPARTMENTS)) + 1}分局"
        count = min(PER_FILE, n - f * PER_FILE)
        powers = [make_power(rng, department, i + 1, f // 100) for i in range(count)]
        files.append({"department": department, "powers": powers})
    return files


def change_register(files: list[dict[str, Any]], pct: float, seed: int = 7) -> None:
    """Edit, remove and add `pct` % of powers in place (3 : 1 : 1), deterministically."""
    rng = random.Random(seed * 1000 + 1)
    total = sum(len(f["powers"]) for f in files)
    changes = round(total * pct / 100)
    edits, removals = changes * 3 // 5, changes // 5
    additions = changes - edits - removals
    slots = [(fi, pi) for fi, f in enumerate(files) for pi in range(len(f["powers"]))]
    picked = rng.sample(slots, edits + removals)
    for fi, pi in picked[:edits]:
        power = files[fi]["powers"][pi]
        what = rng.randrange(3)
        if what == 0:
            power["time_limit"]["committed"] = max(1, power["time_limit"]["committed"] - 5)
        elif what == 1:
            power["undertaker"] = rng.choice(C.UNDERTAKERS)
        else:
            power["basis"][-1]["version"] = "2024年修正"
    for fi, pi in sorted(picked[edits:], reverse=True):
        del files[fi]["powers"][pi]
    for k in range(additions):
        target = files[rng.randrange(len(files))]
        target["powers"].append(make_power(rng, target["department"], 900 + k % 100, 900 + k // 100))


def write_register(files: list[dict[str, Any]], out: Path) -> None:
    """Write the register folder: config, department files, the CSV and its schema."""
    if out.exists():
        shutil.rmtree(out)
    (out / "departments").mkdir(parents=True)
    (out / "sixpowers.toml").write_text(
        '[register]\nname = "山西省权责清单（基准测试）"\njurisdiction = "山西省"\n'
        'area_code = "140000"\nlevel = "省级"\n', encoding="utf-8")
    rows: list[list[str]] = []
    for f, data in enumerate(files):
        name = data["department"]["name"]
        (out / "departments" / f"{f + 1:05d}-{name}.yaml").write_text(
            department_yaml(data), encoding="utf-8")
        rows.extend(power_row(name, p) for p in data["powers"])
    (out / "register.csv").write_text(register_csv(rows), encoding="utf-8")
    types = [t[0] for t in TYPES] + ["公共服务"]
    (out / "register.schema.json").write_text(
        json.dumps(table_schema(types), ensure_ascii=False, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, help="number of powers")
    parser.add_argument("out", type=Path, help="register folder to (re)create")
    parser.add_argument("--changed", type=float, default=None, metavar="PCT",
                        help="write the next version: PCT %% of powers edited, removed or added")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    files = build_register(args.n, args.seed)
    if args.changed is not None:
        change_register(files, args.changed, args.seed)
    write_register(files, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
