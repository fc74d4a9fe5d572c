"""A published list's sheets into departments: header rows found, columns mapped, title,
section and blank rows told apart from data rows, and every row and column accounted for."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

from ..findings import Finding, Location, Severity
from ..vocab import TypeVocabulary
from .columns import FIELDS, Header, field_for, find_header, normalise_header
from .grid import Grid
from .lists import ListHeader, find_list_header, read_list_row
from .power import RowCells, build_power, in_model_order

DEPARTMENT_END = re.compile(r"(局|委员会|委|办公室|办|厅|中心|院|所|会|部|室|队|站|处|政府|管理处|支队|大队|公司|街道|镇|乡)$")
TITLE_NOISE = re.compile(r"^[一二三四五六七八九十]+[、.．]|^[（(][一二三四五六七八九十]+[）)]|"
                         r"^第[一二三四五六七八九十]+部分[、：:\s]*|[（(]共?\d+项[）)]$|\d+项$")
LIST_WORDS = re.compile(r"(\d{4}年)?(版)?|(权力清单|权责清单|责任清单|负面清单|职权清单|清单|目录|汇总表|"
                        r"一览表|明细表|事项表|表)+$")


@dataclass
class RowFate:
    sheet: str
    row: int
    fate: str  # power, merged (completes a power of an earlier sheet), header, title,
    # department, blank, skipped
    department: str | None = None
    power: int | None = None  # index in the department's powers


@dataclass
class ColumnFate:
    sheet: str
    column: str
    header: str
    target: str  # a field, "extra:<key>", "department" or "index (not imported)"


@dataclass
class Department:
    name: str
    powers: list[dict[str, Any]] = field(default_factory=list)
    cells: dict[str, Location] = field(default_factory=dict)
    where: Location | None = None
    main: list[dict[str, Any]] = field(default_factory=list)
    shared: list[dict[str, Any]] = field(default_factory=list)
    negative_list: list[dict[str, Any]] = field(default_factory=list)

    def lists(self) -> dict[str, Any]:
        """The responsibility and negative lists read from 责任清单 / 负面清单 sheets, if any."""
        data: dict[str, Any] = {}
        responsibilities = {k: v for k, v in (("main", self.main), ("shared", self.shared)) if v}
        if responsibilities:
            data["responsibilities"] = responsibilities
        if self.negative_list:
            data["negative_list"] = self.negative_list
        return data

    def is_empty(self) -> bool:
        return not (self.powers or self.main or self.shared or self.negative_list)
    keys: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)  # -> (sheet, index)


@dataclass
class ImportResult:
    departments: dict[str, Department] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    rows: list[RowFate] = field(default_factory=list)
    columns: list[ColumnFate] = field(default_factory=list)
    encoding: str | None = None

    def counts(self) -> dict[str, int]:
        return dict(Counter(r.fate for r in self.rows))


def clean_title(text: str) -> str:
    value = TITLE_NOISE.sub("", text.strip()).strip()
    return LIST_WORDS.sub("", value).strip(" ：:")


def _mapping(grid: Grid, header: Header, overrides: dict[str, str]) -> dict[int, tuple[str, str]]:
    """column -> (target, header text); a field claimed twice keeps its first column."""
    mapping: dict[int, tuple[str, str]] = {}
    taken: set[str] = set()
    for column, name in sorted(header.names.items()):
        upper = header.uppers.get(column, "")
        label = normalise_header(name)
        target = overrides.get(label) or overrides.get(normalise_header(f"{upper}{name}")) \
            or overrides.get(f"{upper}/{label}") or field_for(label)
        if target is None and upper:
            target = field_for(upper + label)
        key = f"{upper}/{label}" if upper and upper != label else label
        if target is None or target in taken:
            mapping[column] = (f"extra:{key}", key)
            continue
        if target not in ("extra",):
            taken.add(target)
        mapping[column] = (target, key)
    return mapping


class _Importer:
    def __init__(self, vocab: TypeVocabulary, overrides: dict[str, str], fallback: str,
                 named: str | None) -> None:
        self.vocab = vocab
        self.overrides = overrides
        self.fallback = fallback  # the file's name, when nothing names the department
        self.named = named  # --department
        self.result = ImportResult()

    def department(self, name: str, where: Location) -> Department:
        if name not in self.result.departments:
            self.result.departments[name] = Department(name, where=where)
        return self.result.departments[name]

    def grid(self, grid: Grid, sheets: int) -> None:
        listed = find_list_header(grid)
        if listed is not None:
            self.list_grid(grid, listed, sheets)
            return
        header = find_header(grid)
        if header is None:
            for number in range(1, len(grid.rows) + 1):
                self.result.rows.append(RowFate(grid.name, number, "skipped"))
            if any(any(c.strip() for c in row) for row in grid.rows):
                self.result.findings.append(Finding(
                    "SP048", "no-header-row", Severity.WARNING,
                    f"工作表“{grid.name}”中找不到表头行（至少两个可识别的列名），已跳过",
                    grid.location(1), message_en=f"no header row found in sheet '{grid.name}' "
                    "(at least two known column names); skipped",
                    hint="用 --map 列名=字段 指定列的含义", hint_en="name the columns with --map HEADER=field"))
            return
        mapping = _mapping(grid, header, self.overrides)
        for column, (target, key) in sorted(mapping.items()):
            shown = {"index": "index (not imported)",
                     "duty_basis": f"duties.basis or extra:{key}"}.get(target, target)
            self.result.columns.append(ColumnFate(grid.name, get_column_letter(column), key, shown))
        default: str | None = self.named
        generic = re.fullmatch(r"(?i)sheet\d*|工作表\d*", grid.name) is not None
        if sheets > 1 and not generic:
            default = clean_title(grid.name) or default
        for number in range(1, header.first_row):
            cells = [c for c in grid.rows[number - 1] if c.strip()]
            if not cells:
                self.result.rows.append(RowFate(grid.name, number, "blank"))
                continue
            title = clean_title(cells[0])
            if title and DEPARTMENT_END.search(title):
                default = title
            self.result.rows.append(RowFate(grid.name, number, "title"))
        for number in range(header.first_row, header.last_row + 1):
            self.result.rows.append(RowFate(grid.name, number, "header"))
        self.data_rows(grid, header, mapping, default)

    def list_grid(self, grid: Grid, header: ListHeader, sheets: int) -> None:
        """A 责任清单 or 负面清单 sheet, each row one duty or prohibition. Its department: the
        --department option, a sheet name or title row that reads as a department (a list sheet
        is often called 职责边界), else the department of the sheet before, else the file's name."""
        for column, text in sorted(header.headers.items()):
            target = header.columns.get(column)
            shown = ("index (not imported)" if target == "index" else
                     f"{header.kind}.{target}" if target else "not imported")
            self.result.columns.append(ColumnFate(grid.name, get_column_letter(column),
                                                  normalise_header(text), shown))
        current = self.named
        if current is None and sheets > 1:
            sheet = clean_title(grid.name)
            current = sheet if sheet and DEPARTMENT_END.search(sheet) else None
        for number in range(1, header.row):
            cells = [c for c in grid.rows[number - 1] if c.strip()]
            title = clean_title(cells[0]) if cells else ""
            if self.named is None and title and DEPARTMENT_END.search(title):
                current = title
            self.result.rows.append(RowFate(grid.name, number, "title" if cells else "blank"))
        if current is None:
            current = list(self.result.departments)[-1] if self.result.departments else self.fallback
        self.result.rows.append(RowFate(grid.name, header.row, "header"))
        for number in range(header.row + 1, len(grid.rows) + 1):
            filled = [v.strip() for v in grid.rows[number - 1] if v.strip()]
            if not filled:
                self.result.rows.append(RowFate(grid.name, number, "blank"))
                continue
            item = read_list_row(grid, number, header, current)
            if item is None:
                title = clean_title(filled[0])
                if len(set(filled)) == 1 and title and DEPARTMENT_END.search(title) and self.named is None:
                    current = title
                    self.result.rows.append(RowFate(grid.name, number, "department", title))
                else:
                    self.result.rows.append(RowFate(grid.name, number, "skipped"))
                continue
            department = self.department(current, grid.location(number))
            items = getattr(department, item.section)
            base = (f"/negative_list/{len(items)}" if item.section == "negative_list"
                    else f"/responsibilities/{item.section}/{len(items)}")
            items.append(item.data)
            department.cells[base] = grid.location(number)
            for pointer, where in item.cells.items():
                department.cells[base + pointer] = where
            self.result.findings.extend(item.findings)
            fate = "prohibition" if item.section == "negative_list" else "duty"
            self.result.rows.append(RowFate(grid.name, number, fate, current, len(items) - 1))

    def data_rows(self, grid: Grid, header: Header, mapping: dict[int, tuple[str, str]],
                  default: str | None) -> None:
        current = default
        previous: dict[str, str] = {}
        section_type: str | None = None
        by_field = {t: c for c, (t, _) in mapping.items() if t in FIELDS}
        for number in range(header.last_row + 1, len(grid.rows) + 1):
            values = grid.rows[number - 1]
            filled = [(i + 1, v.strip()) for i, v in enumerate(values) if v.strip()]
            if not filled:
                self.result.rows.append(RowFate(grid.name, number, "blank"))
                continue
            if len({v for _, v in filled}) == 1 and self._is_title(grid, number, filled, by_field):
                title = clean_title(filled[0][1])
                canonical = self.vocab.canonical(title) if title else None
                if title and DEPARTMENT_END.search(title) and canonical is None:
                    current = title
                    self.result.rows.append(RowFate(grid.name, number, "department", title))
                else:
                    section_type = canonical
                    self.result.rows.append(RowFate(grid.name, number, "title"))
                continue
            if all(normalise_header(v) == normalise_header(header.names.get(c, "")) for c, v in filled):
                self.result.rows.append(RowFate(grid.name, number, "header"))
                continue
            self.power_row(grid, number, mapping, by_field, previous, current, section_type)

    def _is_title(self, grid: Grid, number: int, filled: list[tuple[int, str]],
                  by_field: dict[str, int]) -> bool:
        column, text = filled[0]
        if len(filled) > 1 or TITLE_NOISE.search(text):
            return True
        return column not in (by_field.get("name"), by_field.get("sub_name"))

    def power_row(self, grid: Grid, number: int, mapping: dict[int, tuple[str, str]],
                  by_field: dict[str, int], previous: dict[str, str], current: str | None,
                  section_type: str | None) -> None:
        row = RowCells()
        for column, (target, key) in mapping.items():
            text = grid.cell(number, column)
            where = grid.location(number, column)
            if target.startswith("extra:"):
                row.extra[key] = (text, where)
            elif target != "index":
                row.values[target] = (text, key, where, (number, column) in grid.numeric)
                if target == "code" and (number, column) in grid.dates:
                    self.result.findings.append(Finding(
                        "SP055", "date-in-code", Severity.ERROR,
                        f"编码单元格中是日期 {text}（Excel 把编码识别成了日期）", where,
                        message_en=f"the code cell holds a date, {text} (Excel took the code "
                                   "for a date)",
                        hint="把该列设为文本格式后重新填写编码",
                        hint_en="format the column as text and enter the code again"))
        name = row.values.get("name")
        sub = row.values.get("sub_name")
        if name is not None and not name[0].strip() and sub is not None and sub[0].strip() \
                and previous.get("name"):
            row.values["name"] = (previous["name"], name[1], name[2], False)
        if "name" in row.values:
            previous["name"] = row.values["name"][0].strip()
        department_cell = row.values.pop("department", None)
        if department_cell is not None:
            if department_cell[0].strip():
                previous["department"] = department_cell[0].strip()
            current = previous.get("department", current)
        subject = row.values.get("subject")
        if current is None:  # no 部门 column, title or --department: group by 实施主体
            current = subject[0].strip() if subject and subject[0].strip() else self.fallback
        typed = row.values.get("type")
        if section_type and (typed is None or not typed[0].strip()):  # 一、行政许可 above
            where = typed[2] if typed else grid.location(number)
            row.values["type"] = (section_type, typed[1] if typed else "（分节标题）", where, False)
        built = build_power(row, self.vocab)
        department = self.department(current, grid.location(number))
        identity = (str(built.data.get("name", "")), str(built.data.get("sub_name", "")))
        earlier = department.keys.get(identity)
        fate = "power"
        if earlier is not None and earlier[0] != grid.name:
            # 权力清单 and 责任清单 on two sheets: the second sheet's row completes the power
            index = earlier[1]
            existing = department.powers[index]
            for field_name, value in built.data.items():
                if field_name == "extra":
                    for extra_key, text in value.items():
                        existing.setdefault("extra", {}).setdefault(extra_key, text)
                elif existing.setdefault(field_name, value) != value:
                    self.result.findings.append(Finding(
                        "SP051", "merged-value-differs", Severity.WARNING,
                        f"“{identity[0]}”在前一工作表中的 {field_name} 与本表不同，保留前表的值",
                        grid.location(number), message_en=f"'{identity[0]}' has a different "
                        f"{field_name} on an earlier sheet; that value is kept"))
            department.powers[index] = in_model_order(existing)
            fate = "merged"
        else:
            index = len(department.powers)
            if "subject" not in built.data:
                built.data["subject"] = current
            department.powers.append(in_model_order(built.data))
            department.keys.setdefault(identity, (grid.name, index))
            department.cells[f"/powers/{index}"] = grid.location(number)
        base = f"/powers/{index}"
        for pointer, where in built.cells.items():
            department.cells.setdefault(base + pointer, where)
        code = built.data.get("code")
        self.result.findings.extend(
            f if f.power else Finding(f.code, f.name, f.severity, f.message, f.location,
                                      code if isinstance(code, str) else None, f.hint,
                                      f.message_en, f.hint_en)
            for f in built.findings)
        self.result.rows.append(RowFate(grid.name, number, fate, current, index))


def import_grids(grids: list[Grid], vocab: TypeVocabulary, overrides: dict[str, str],
                 fallback: str, named: str | None = None) -> ImportResult:
    """Departments, findings and the row/column report of the sheets of one file. Rows go to
    the department of their 部门 cell, else of the section or sheet title above them, else
    `named`, else of their 实施主体, else `fallback`."""
    importer = _Importer(vocab, overrides, fallback, named)
    with_data = [g for g in grids if any(any(c.strip() for c in r) for r in g.rows)]
    for grid in grids:
        importer.grid(grid, len(with_data))
    result = importer.result
    seen = {normalise_header(c.header) for c in result.columns} | \
        {normalise_header(c.header.replace("/", "")) for c in result.columns}
    for header in overrides:
        if header not in seen and grids:
            result.findings.append(Finding(
                "SP050", "map-column-not-found", Severity.WARNING,
                f"--map 指定的列“{header}”不在任何表头中", Location(grids[0].path),
                message_en=f"--map names a column '{header}' that no header has"))
    return result
