"""Benchmark: a county register of N powers (default 5,000) matched against a catalogue of M
(default 10,000), both synthetic and written as YAML register folders. Prints the seconds to
load each, to match (code, name, fuzzy inside type and department blocks) and to run the four
catalogue rules through the lint engine, with the match counts. Not a test.

    python benchmarks/bench_catalogue.py [--county 5000] [--catalogue 10000] [--own 0.1] [--seed 7]

`--own 1` is the worst case for matching: every county power is its own, so each one is
scored against its whole type block (and its department block first) and none is found.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sixpowers.lint import LintOptions, run_lint  # noqa: E402
from sixpowers.matching import load_catalogue  # noqa: E402
from sixpowers.register import load_register  # noqa: E402

DEPARTMENTS = ["交通运输", "市场监督管理", "生态环境", "自然资源", "住房和城乡建设", "农业农村", "水利",
               "卫生健康", "应急管理", "文化和旅游", "教育", "民政", "人力资源和社会保障", "商务", "林业",
               "财政", "公安", "司法", "统计", "审计", "退役军人事务", "医疗保障", "体育", "气象",
               "地震", "粮食和物资储备", "能源", "烟草专卖", "邮政管理", "档案", "保密", "国防动员",
               "科学技术", "工业和信息化", "发展和改革", "城市管理", "人民防空", "地方金融", "广播电视", "药品监督管理"]
TYPES = [("行政处罚", "02", 55), ("行政许可", "01", 10), ("行政检查", "06", 10), ("行政强制", "03", 6),
         ("行政确认", "07", 5), ("行政征收", "04", 3), ("行政给付", "05", 3), ("行政奖励", "08", 2),
         ("行政裁决", "09", 1), ("其他行政权力", "10", 3), ("公共服务", "20", 2)]
SUBJECTS = ["经营者", "生产单位", "从业人员", "建设单位", "运输企业", "检测机构", "培训机构", "施工单位",
            "医疗机构", "销售者", "使用单位", "车辆", "船舶", "中介机构", "个人", "社会组织", "设计单位",
            "监理单位", "物业企业", "养殖场"]
ACTS = ["未取得许可擅自经营", "未按规定建立台账", "拒绝接受监督检查", "伪造检测数据", "超范围经营",
        "未按规定公示", "未履行报告义务", "擅自变更登记事项", "未按规定保存记录", "违规转让许可证件",
        "未按规定配备安全设施", "隐瞒有关情况", "提供虚假材料", "未按期整改", "擅自停业歇业",
        "违反操作规程", "未经验收投入使用", "超标排放", "使用不合格产品", "未按规定开展培训"]
OBJECTS = ["经营许可", "资质认定", "备案", "登记", "核准", "审批", "证核发", "年度核验", "变更审批",
           "延续审批", "注销登记", "补助发放", "奖励", "征收", "确认", "裁决", "监督检查", "抽查",
           "查封扣押", "信息公开"]


def name_for(type_name: str, dept: str, rng: random.Random) -> str:
    subject, act, obj = rng.choice(SUBJECTS), rng.choice(ACTS), rng.choice(OBJECTS)
    area = rng.choice(["道路", "水路", "公路", "港口", "工程", "产品", "食品", "药品", "设备", "场所", "项目"])
    if type_name == "行政处罚":
        return f"对{dept}领域{area}{subject}{act}的处罚"
    if type_name == "行政检查":
        return f"对{area}{subject}{dept}事项的{obj}"
    if type_name == "行政强制":
        return f"对{subject}{act}的{area}查封扣押"
    return f"{dept}{area}{subject}{obj}"


def make_catalogue(count: int, rng: random.Random) -> list[tuple[int, dict[str, object]]]:
    weights = [w for _, _, w in TYPES]
    items, seen = [], set()
    serial: Counter[tuple[str, int]] = Counter()
    while len(items) < count:
        d = rng.randrange(len(DEPARTMENTS))
        type_name, type_code, _ = rng.choices(TYPES, weights)[0]
        name = name_for(type_name, DEPARTMENTS[d], rng)
        if name in seen:
            continue
        seen.add(name)
        serial[(type_code, d)] += 1
        code = f"14{type_code}{d + 10:02d}{serial[(type_code, d)]:03d}000"
        items.append((d, {"code": code, "name": name, "type": type_name,
                          "basis": [{"level": "行政法规", "title": f"{DEPARTMENTS[d]}管理条例",
                                     "article": "第十条"}],
                          "subject": f"山西省{DEPARTMENTS[d]}厅", "levels": ["省级", "市级", "县级"]}))
    return items


def drift(item: dict[str, object], roll: float, rng: random.Random) -> dict[str, object]:
    power = {k: item[k] for k in ("name", "type", "basis")}
    name = str(item["name"])
    if roll < 0.10:
        power["code"] = item["code"]
    elif roll < 0.15:
        power["code"] = str(item["code"])[:9] + "999"
    elif roll < 0.20:
        power["name"] = "县级" + name.removeprefix("对").replace("的", "")
    elif roll < 0.30:
        power["name"] = name.replace("处罚", "行政处罚").replace("审批", "行政审批") if "处罚" in name or "审批" in name else name + "事项"
    elif roll < 0.33:
        power["type"] = "行政确认" if power["type"] != "行政确认" else "行政给付"
    return power


def build(root: Path, county: int, catalogue: int, seed: int, own: float = 0.1) -> tuple[Path, Path]:
    rng = random.Random(seed)
    items = make_catalogue(catalogue, rng)
    upper, lower = root / "catalogue", root / "county"
    for folder, level in ((upper, "省级"), (lower, "县级")):
        folder.mkdir()
        (folder / "sixpowers.toml").write_text(f'[register]\nlevel = "{level}"\n', encoding="utf-8")
    by_dept: dict[int, list[dict[str, object]]] = {}
    for d, item in items:
        by_dept.setdefault(d, []).append(item)
    county_powers: dict[int, list[dict[str, object]]] = {}
    kept = rng.sample(items, round(county * (1 - own)))
    for d, item in kept:
        power = drift(item, rng.random(), rng)
        power["subject"] = f"平遥县{DEPARTMENTS[d]}局"
        county_powers.setdefault(d, []).append(power)
    for i in range(county - len(kept)):  # powers of the county's own, not in the catalogue
        d = rng.randrange(len(DEPARTMENTS))
        own_name = name_for(rng.choice(TYPES)[0], DEPARTMENTS[d], rng) + f"（县自定{i}）"
        county_powers.setdefault(d, []).append({"name": own_name,
                                                "type": rng.choice(TYPES)[0],
                                                "subject": f"平遥县{DEPARTMENTS[d]}局"})
    for d, name in enumerate(DEPARTMENTS):
        code = f"{d + 10:02d}"
        for folder, title, powers in ((upper, f"山西省{name}厅", by_dept.get(d, [])),
                                      (lower, f"平遥县{name}局", county_powers.get(d, []))):
            text = yaml.safe_dump({"department": {"name": title, "code": code}, "powers": powers},
                                  allow_unicode=True, sort_keys=False)
            (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return upper, lower


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--county", type=int, default=5000)
    parser.add_argument("--catalogue", type=int, default=10000)
    parser.add_argument("--own", type=float, default=0.1, help="share of the county's own powers")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        upper, lower = build(Path(tmp), args.county, args.catalogue, args.seed, args.own)
        t0 = time.perf_counter()
        catalogue = load_catalogue(upper)
        t1 = time.perf_counter()
        register = load_register([lower])
        t2 = time.perf_counter()
        matches = catalogue.match_register(register, register.config.type_vocabulary())
        t3 = time.perf_counter()
        catalogue._matched.clear()
        report = run_lint(register, LintOptions(select=("SP605", "SP606", "SP607", "SP608"),
                                                catalogue=upper))
        t4 = time.perf_counter()
    kinds = Counter("none" if m is None else f"{m.how}/{m.name_kind}" for *_, m in matches.powers)
    codes = Counter(f.code for f in report.findings)
    print(f"catalogue {len(catalogue.entries)} powers, county {register.power_count()} powers")
    print(f"load catalogue  {t1 - t0:6.2f} s")
    print(f"load county     {t2 - t1:6.2f} s")
    print(f"match           {t3 - t2:6.2f} s   {dict(sorted(kinds.items()))}")
    print(f"lint SP605-608  {t4 - t3:6.2f} s   (loads the catalogue again) {dict(sorted(codes.items()))}")


if __name__ == "__main__":
    main()
