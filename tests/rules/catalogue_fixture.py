"""A small provincial catalogue and a county register that drifts from it in every way the
catalogue rules report."""

from __future__ import annotations

from pathlib import Path

CATALOGUE = """\
department: {name: 山西省交通运输厅, code: "15"}
powers:
  - code: "140115001000"
    name: 道路货物运输经营许可
    type: 行政许可
    basis: [{level: 行政法规, title: 中华人民共和国道路运输条例, article: 第二十四条}]
    subject: 山西省交通运输厅
    levels: [省级, 市级, 县级]
  - code: "140115002000"
    name: 道路旅客运输经营许可
    type: 行政许可
    basis: [{level: 行政法规, title: 中华人民共和国道路运输条例, article: 第十条}]
    subject: 山西省交通运输厅
    levels: [市级, 县级]
  - code: "140215003000"
    name: 对未取得道路运输经营许可擅自从事道路运输经营的处罚
    type: 行政处罚
    basis: [{level: 行政法规, title: 中华人民共和国道路运输条例, article: 第六十三条}]
    subject: 山西省交通运输厅
    levels: [县级]
  - code: "140115004000"
    name: 出租汽车经营许可
    type: 行政许可
    basis: [{level: 地方性法规, title: 山西省道路运输条例, article: 第二十条}]
    subject: 山西省交通运输厅
    levels: [市级, 县级]
  - code: "140115005000"
    name: 公路超限运输许可
    type: 行政许可
    basis: [{level: 法律, title: 中华人民共和国公路法, article: 第五十条}]
    subject: 山西省交通运输厅
    levels: [省级]
  - code: "140615006000"
    name: 对道路运输经营者的监督检查
    type: 行政检查
    basis: [{level: 行政法规, title: 中华人民共和国道路运输条例, article: 第五十八条}]
    subject: 山西省交通运输厅
    levels: [省级, 市级, 县级]
  - code: "140115007000"
    name: 道路运输站（场）经营许可
    type: 行政许可
    subject: 山西省交通运输厅
    status: {value: 取消, reason: 国发〔2019〕6号取消}
"""

COUNTY = """\
department: {name: 平遥县交通运输局, code: "15"}
powers:
  - code: "140115009000"
    name: 道路货物运输经营许可
    type: 行政许可
    basis: [{level: 行政法规, title: 中华人民共和国道路运输条例, article: 第二十四条}]
    subject: 平遥县交通运输局
  - name: 县级道路旅客运输经营许可
    type: 行政确认
    basis: [{level: 行政法规, title: 中华人民共和国道路运输条例, article: 第十条}]
    subject: 平遥县交通运输局
  # 县里的叫法
  - name: 对未取得道路运输经营许可擅自从事道路运输经营的行政处罚  # 照抄旧表
    type: 行政处罚
    subject: 平遥县交通运输局
  - name: 对道路运输经营者的监督检查
    type: 行政检查
    basis:
      - {level: 部门规章, title: 道路货物运输及站场管理规定, article: 第五十条}
    subject: 平遥县交通运输局
  - name: 道路运输从业人员服务质量备案审批
    type: 行政许可
    subject: 平遥县交通运输局
  - name: 道路运输站（场）经营许可
    type: 行政许可
    subject: 平遥县交通运输局
"""

CATALOGUE_CODES = ("SP605", "SP606", "SP607", "SP608")


def write_pair(root: Path, county: str = COUNTY, toml: str = '[register]\nlevel = "县级"\n') -> Path:
    """The catalogue in root/省级目录 and the county register in root/县; returns the county."""
    upper = root / "省级目录"
    upper.mkdir()
    (upper / "sixpowers.toml").write_text('[register]\nlevel = "省级"\n', encoding="utf-8")
    (upper / "交通运输厅.yaml").write_text(CATALOGUE, encoding="utf-8")
    county_dir = root / "县"
    county_dir.mkdir()
    (county_dir / "sixpowers.toml").write_text(toml, encoding="utf-8")
    (county_dir / "交通运输局.yaml").write_text(county, encoding="utf-8")
    return county_dir
