"""Reading files into `Document`s: data plus a map from each JSON pointer to where it came from.

Every source problem (encoding, syntax, duplicate keys, bombs, unsupported tags) is a finding,
never an exception. Readers for other formats (CSV, XLSX, JSON) register in `READERS`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .config import LimitsConfig
from .findings import Finding, Location, Severity

try:  # libyaml's C composer when present; the pure-Python one otherwise.
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

_STANDARD_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq",
}


def escape_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


@dataclass
class Document:
    """A parsed source file. `data` is plain Python; `locate` maps pointers back to the file."""

    path: str
    data: Any
    findings: list[Finding] = field(default_factory=list)
    values: dict[str, tuple[int, int]] = field(default_factory=dict)
    keys: dict[str, tuple[int, int]] = field(default_factory=dict)
    cells: dict[str, Location] = field(default_factory=dict)
    text: str | None = None

    def locate(self, pointer: str, *, key: bool = False) -> Location:
        """Where `pointer` is; the longest existing prefix when it is absent (a missing field
        points at its parent mapping)."""
        probe = pointer
        while True:
            if probe in self.cells:
                cell = self.cells[probe]
                return Location(self.path, cell.line, cell.column, pointer, cell.sheet,
                                cell.cell, cell.row)
            table = self.keys if key and probe in self.keys else self.values
            if probe in table:
                line, column = table[probe]
                return Location(self.path, line, column, pointer)
            if not probe:
                return Location(self.path, 1 if self.text is not None else None,
                                1 if self.text is not None else None, pointer)
            probe = probe.rsplit("/", 1)[0]
            key = False


def source_finding(code: str, name: str, path: str, line: int | None, column: int | None,
                   message: str, message_en: str, hint: str | None = None,
                   hint_en: str | None = None, pointer: str = "",
                   severity: Severity = Severity.ERROR) -> Finding:
    return Finding(code=code, name=name, severity=severity, message=message,
                   location=Location(path, line, column, pointer), hint=hint,
                   message_en=message_en, hint_en=hint_en)


def decode_text(raw: bytes, path: str) -> tuple[str | None, list[Finding]]:
    """UTF-8 with or without BOM; anything else is a located SP001 finding."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [source_finding(
            "SP001", "encoding-error", path, 1, 1,
            "文件是 UTF-16 编码，sixpowers 只读 UTF-8",
            "file is UTF-16 encoded; sixpowers reads UTF-8 only",
            "用编辑器另存为 UTF-8", "save the file as UTF-8")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        head = raw[:4096]
        if head.count(b"\x00") * 4 >= len(head) and (head[1::2].count(0) > len(head) // 4
                                                     or head[0::2].count(0) > len(head) // 4):
            return None, [source_finding(
                "SP001", "encoding-error", path, 1, 1,
                "文件看起来是没有字节顺序标记的 UTF-16 编码，sixpowers 只读 UTF-8",
                "the file looks like UTF-16 without a byte-order mark; sixpowers reads UTF-8 only",
                "用编辑器另存为 UTF-8", "save the file as UTF-8")]
        if b"\x00" in head:
            return None, [source_finding(
                "SP001", "encoding-error", path, 1, 1, "这是二进制文件，不是文本",
                "this is a binary file, not text", "检查文件是否放错了位置",
                "check whether the file belongs here")]
        line = raw.count(b"\n", 0, exc.start) + 1
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        column = len(raw[line_start:exc.start].decode("utf-8", "replace")) + 1
        guess = ""
        try:
            raw.decode("gb18030")
            guess = "（看起来是 GB18030/GBK 编码）"
        except UnicodeDecodeError:
            pass
        return None, [source_finding(
            "SP001", "encoding-error", path, line, column,
            f"第 {line} 行第 {column} 列的字节 0x{raw[exc.start]:02X} 不是有效的 UTF-8{guess}",
            f"byte 0x{raw[exc.start]:02X} at line {line}, column {column} is not valid UTF-8",
            "用编辑器另存为 UTF-8（或用 sixpowers import 导入 GB18030 的 CSV）",
            "save the file as UTF-8 (or import GB18030 CSV with sixpowers import)")]
    if "\ufeff" in text:
        offset = text.index("\ufeff")
        line = text.count("\n", 0, offset) + 1
        column = offset - text.rfind("\n", 0, offset)
        return None, [source_finding(
            "SP001", "encoding-error", path, line, column,
            "文件中间出现字节顺序标记（BOM），通常是拼接文件所致",
            "a byte-order mark (BOM) in the middle of the file, usually from concatenating files",
            "删除该不可见字符", "delete that invisible character")]
    return text, []


def read_source(path: Path, display: str, limits: LimitsConfig) -> Document:
    """Read any supported file into a Document; problems become findings."""
    reader = READERS.get(path.suffix.lower(), read_yaml)
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            return Document(display, None, [source_finding(
                "SP007", "file-too-large", display, None, None,
                f"文件大小 {size} 字节，超过上限 {limits.max_file_bytes} 字节",
                f"file is {size} bytes, over the limit of {limits.max_file_bytes}",
                "拆分为多个部门文件，或在 sixpowers.toml 的 [limits] 中调高 max_file_bytes",
                "split it into department files or raise [limits] max_file_bytes")])
        raw = path.read_bytes()
    except IsADirectoryError:
        return Document(display, None, [source_finding(
            "SP010", "unreadable-file", display, None, None, "这是一个文件夹，不是文件",
            "this is a folder, not a file")])
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        return Document(display, None, [source_finding(
            "SP010", "unreadable-file", display, None, None, f"无法读取文件：{reason}",
            f"cannot read file: {reason}")])
    return reader(raw, display, limits)


def read_yaml(raw: bytes, display: str, limits: LimitsConfig) -> Document:
    text, findings = decode_text(raw, display)
    if text is None:
        return Document(display, None, findings)
    return parse_yaml(text, display, limits)


def parse_yaml(text: str, display: str, limits: LimitsConfig | None = None) -> Document:
    """Compose YAML safely and build plain data and its position map in one walk."""
    limits = limits or LimitsConfig()
    doc = Document(display, None, text=text)
    if _nesting_bound(text) > _SAFE_DEPTH and _too_deep(text, limits.max_depth, doc):
        return doc
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        doc.findings.append(_syntax_finding(exc, display))
        return doc
    except yaml.reader.ReaderError as exc:
        offset = min(exc.position, len(text))
        line = text.count("\n", 0, offset) + 1
        column = offset - text.rfind("\n", 0, offset)
        doc.findings.append(source_finding(
            "SP002", "yaml-syntax-error", display, line, column,
            f"第 {line} 行第 {column} 列有不允许的控制字符 U+{exc.character:04X}" if isinstance(exc.character, int)
            else f"第 {line} 行第 {column} 列有不允许的字符",
            f"a control character that YAML does not allow at line {line}, column {column}",
            "删除该字符（常见于从 Word 或网页复制的文本）",
            "delete the character (often left by copying from Word or web pages)"))
        return doc
    except yaml.YAMLError as exc:
        doc.findings.append(source_finding("SP002", "yaml-syntax-error", display, None, None,
                                           f"YAML 语法错误：{exc}", f"YAML syntax error: {exc}"))
        return doc
    except RecursionError:
        doc.findings.append(source_finding(
            "SP006", "nesting-too-deep", display, None, None, "嵌套层数过深，无法解析",
            "nesting is too deep to parse"))
        return doc
    finally:
        loader.dispose()
    if node is None:
        return doc
    builder = _Builder(doc, loader, limits)
    doc.data = builder.build(node, "", 0)
    return doc


# libyaml composes recursively in C: far past this depth it overflows the stack, so deeper input
# is measured with the (iterative) event parser first.
_SAFE_DEPTH = 500
_BRACKETS = re.compile(r"[\[\]{}]")
_DEEP_INDENT = re.compile(rf"(?m)^[ \-?:]{{{_SAFE_DEPTH}}}")


def _nesting_bound(text: str) -> int:
    """A cheap upper bound of how deep flow brackets nest, or the indentation when extreme."""
    depth = deepest = 0
    for match in _BRACKETS.finditer(text):
        depth = depth + 1 if match.group() in "[{" else max(depth - 1, 0)
        deepest = max(deepest, depth)
    if _DEEP_INDENT.search(text):
        deepest = max(deepest, _SAFE_DEPTH + 1)
    return deepest


def _too_deep(text: str, limit: int, doc: Document) -> bool:
    """Walk parse events (no recursion); report SP006 and stop when nesting passes `limit`."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > limit:
                    mark = event.start_mark
                    line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
                    doc.findings.append(source_finding(
                        "SP006", "nesting-too-deep", doc.path, line, column,
                        f"嵌套超过 {limit} 层，文件未解析", f"nesting deeper than {limit} levels; the file was not parsed",
                        "清单数据通常不超过 10 层；检查是否为异常或恶意文件",
                        "register data rarely nests past 10 levels; check the file"))
                    return True
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return False  # the composer reports the syntax error with its position
    return False


_SYNTAX_HINTS = (
    ("tab", "YAML 不允许用 Tab 缩进，请改用空格", "YAML does not allow tabs for indentation; use spaces"),
    ("special characters are not allowed", "文件含有控制字符（如 NUL），请删除",
     "the file contains control characters (such as NUL); remove them"),
    ("mapping values are not allowed", "冒号后需要空格；含冒号的文本请加引号",
     "put a space after the colon, or quote text that contains a colon"),
    ("found undefined alias", "引用了未定义的锚点（&名称）", "the alias refers to an undefined anchor"),
    ("could not find expected ':'", "缺少冒号，或引号没有闭合", "a colon is missing or a quote is not closed"),
    ("found unexpected end of stream", "引号或括号没有闭合", "a quote or bracket is not closed"),
    ("expected <document start>", "文件只能包含一个 YAML 文档或缩进有误",
     "only one YAML document per file, or the indentation is off"),
)


def _syntax_finding(exc: yaml.MarkedYAMLError, display: str) -> Finding:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    problem = exc.problem or str(exc)
    hint, hint_en = "检查该位置附近的缩进、冒号和引号", "check indentation, colons and quotes near here"
    for needle, zh, en in _SYNTAX_HINTS:
        if needle in problem or needle in str(exc):
            hint, hint_en = zh, en
            break
    return source_finding("SP002", "yaml-syntax-error", display, line, column,
                          f"YAML 语法错误：{problem}", f"YAML syntax error: {problem}",
                          hint, hint_en)


class _Builder:
    """Walks a composed node graph into plain data, bounding aliases and depth."""

    def __init__(self, doc: Document, loader: yaml.SafeLoader, limits: LimitsConfig) -> None:
        self.doc = doc
        self.loader = loader
        self.limits = limits
        self.seen: set[int] = set()
        self.aliases = 0
        self.alias_reported = False
        self.depth_reported = False

    def _report(self, code: str, name: str, node: yaml.Node, pointer: str, zh: str, en: str,
                hint: str | None = None, hint_en: str | None = None) -> None:
        mark = node.start_mark
        self.doc.findings.append(source_finding(code, name, self.doc.path, mark.line + 1,
                                                mark.column + 1, zh, en, hint, hint_en, pointer))

    def build(self, node: yaml.Node, pointer: str, depth: int) -> Any:
        mark = node.start_mark
        self.doc.values[pointer] = (mark.line + 1, mark.column + 1)
        if node.tag not in _STANDARD_TAGS:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            self._report("SP008", "unsupported-tag", node, pointer,
                         f"不支持的 YAML 标签 {tag}，已忽略该值",
                         f"unsupported YAML tag {tag}; the value is ignored",
                         "删除该标签；清单只允许普通文本、数字、列表和映射",
                         "remove the tag: registers hold plain text, numbers, lists and mappings")
            return None
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node, pointer)
        if depth >= self.limits.max_depth:
            if not self.depth_reported:
                self.depth_reported = True
                self._report("SP006", "nesting-too-deep", node, pointer,
                             f"嵌套超过 {self.limits.max_depth} 层，更深的内容已忽略",
                             f"nesting deeper than {self.limits.max_depth} levels; deeper content is ignored")
            return None
        if id(node) in self.seen:
            self.aliases += 1
            if self.aliases > self.limits.max_aliases:
                if not self.alias_reported:
                    self.alias_reported = True
                    self._report("SP005", "alias-limit-exceeded", node, pointer,
                                 f"别名（*锚点）展开超过 {self.limits.max_aliases} 次，疑似“十亿笑声”攻击，已停止展开",
                                 f"aliases expanded more than {self.limits.max_aliases} times (a 'billion laughs' bomb?); expansion stopped")
                return None
        self.seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, f"{pointer}/{i}", depth + 1)
                    for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.MappingNode)
        return self._mapping(node, pointer, depth)

    def _mapping(self, node: yaml.MappingNode, pointer: str, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self._report("SP008", "unsupported-tag", key_node, pointer,
                             "不支持 YAML 合并键 <<，请直接写出各字段",
                             "YAML merge keys (<<) are not supported; write the fields out")
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self._report("SP009", "complex-key", key_node, pointer,
                             "映射的键必须是简单文本", "mapping keys must be plain text")
                continue
            key = str(key_node.value)
            child = f"{pointer}/{escape_token(key)}"
            if key in result:
                first = self.doc.keys.get(child, (0, 0))[0]
                self._report("SP003", "duplicate-key", key_node, child,
                             f"键“{key}”重复（第 {first} 行已出现），YAML 只保留最后一个值",
                             f"duplicate key '{key}' (first at line {first}); YAML keeps only the last value",
                             "删除或合并重复的键", "remove or merge the duplicate key")
            else:
                mark = key_node.start_mark
                self.doc.keys[child] = (mark.line + 1, mark.column + 1)
            result[key] = self.build(value_node, child, depth + 1)
        return result

    def _scalar(self, node: yaml.ScalarNode, pointer: str) -> Any:
        if node.tag == "tag:yaml.org,2002:str":
            return node.value
        try:
            return self.loader.construct_object(node)
        except (yaml.YAMLError, ValueError, OverflowError):
            return node.value


Reader = Callable[[bytes, str, LimitsConfig], Document]
READERS: dict[str, Reader] = {".yaml": read_yaml, ".yml": read_yaml}


def _tabular(name: str) -> Reader:
    """A reader from `sixpowers.convert.readers`, imported on first use (openpyxl is heavy)."""

    def reader(raw: bytes, display: str, limits: LimitsConfig) -> Document:
        from .convert import readers

        read: Reader = getattr(readers, name)
        return read(raw, display, limits)

    return reader


READERS.update({".csv": _tabular("read_csv"), ".xlsx": _tabular("read_xlsx"),
                ".json": _tabular("read_json")})


def is_register_file(path: Path) -> bool:
    """Whether a file found while walking a register folder is a department file: YAML always;
    CSV, XLSX and JSON only when they look like one (a case log or a baseline beside the
    register is not)."""
    suffix = path.suffix.lower()
    if suffix not in READERS:
        return False
    if suffix in (".yaml", ".yml"):
        return True
    from .convert.readers import looks_like_department

    return looks_like_department(path)
