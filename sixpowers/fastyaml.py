"""The fast path for YAML: rapidyaml (`ryml`, C++) parses, emits JSON, `orjson` loads it.

About 30× faster than composing with PyYAML, which builds a Python object and two marks per node.
The result must be exactly what the PyYAML path gives, so the fast path declines (returns None
and the caller composes with PyYAML) whenever the two could differ:

- anything beyond plain block/flow YAML: anchors, aliases, tags, merge keys, complex keys,
  directives, several documents, tabs, backslash escapes, `\\r` line breaks, characters PyYAML
  refuses, a syntax error, nesting near the depth limit, a duplicate key (the JSON would keep
  only one: counted against the tree's node count);
- a number written with an exponent (`1e3` is text in YAML 1.1).

ryml writes JSON in YAML 1.2 terms; YAML 1.1 (PyYAML) also reads `yes`, `0101`, `1_000`, `~`,
`2024-01-31` ... as non-text. Every string that PyYAML's own resolver would type is looked up in
the tree: when it was a plain scalar, PyYAML's own constructor types it. Positions are not built:
`TreePositions` finds the line and column of a pointer in a re-parsed tree, only when a finding
needs it.
"""

from __future__ import annotations

import bisect
import contextlib
import ctypes
import os
import re
from collections.abc import Iterator
from typing import Any

import yaml

ryml: Any = None
orjson: Any = None
_IMPORTED = False

# What only PyYAML can judge: a character class first (one fast scan), then indicators in
# places the fast path does not vouch for.
_UNUSUAL_CHARS = re.compile(
    r"[&*!@`\\\t\r\x00-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFFFE\uFFFF]")
# Each starts with its literal so the scan skips ahead: `:` `?` `]` `}` after a space, a dash or
# a flow indicator (an empty key, a complex key, a stray bracket).
_UNUSUAL_PLACES = tuple(re.compile(p) for p in (
    r":(?<=[\s\[{,\-]:)", r"\?(?<=[\s\[{,\-]\?)", r"\](?<=[\s:]\])", r"\}(?<=[\s:]\})"))
_UNUSUAL_TEXT = ("<<", "\n%", "\n---", "\n...")
_EXPONENT = re.compile(rb"[0-9][eE][-+]?[0-9]")
_NUMBER = re.compile(rb"[0-9](?:\.[0-9]|[eE][-+]?[0-9])")  # a float or an exponent
# A plain scalar that YAML 1.1 types differently from ryml's JSON: the words (`yes`, `Off`,
# `~`, `NULL` ...) and anything number-like but a plain decimal (`0101`, `1_000`, `-.5`,
# `2024-01-31`, `12:30`). Where none is found, the JSON is the data; where one is, strings
# are checked one by one against the tree.
_PLAIN_TYPED = re.compile(
    r"[:\-\[{,\n] *(?=[-+.0-9yYnNoOTFN~=<])"
    r"(?:[yYnN]|[yY]es|YES|[nN]o|NO|[oO]n|ON|[oO]ff|OFF|True|TRUE|False|FALSE|Null|NULL|~|=|<<"
    r"|(?!-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)? *(?:$|#|[,\]}]))[-+.0-9][^\s,\]}#'\"]*)"
    r" *(?=$|#|[,\]}])", re.MULTILINE)
_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_STR = "tag:yaml.org,2002:str"


def _resolve(value: str) -> str:
    """The tag PyYAML gives a plain scalar `value`."""
    return str(_RESOLVER.resolve(yaml.ScalarNode, value, (True, False)))  # type: ignore[no-untyped-call]


_FIRST = {k for k in yaml.resolver.Resolver.yaml_implicit_resolvers if k}


def available() -> bool:
    """Whether rapidyaml and orjson are installed (imported on first use: a run served
    from the cache never needs them)."""
    global ryml, orjson, _IMPORTED
    if not _IMPORTED:
        _IMPORTED = True
        try:
            import orjson as _orjson
            import ryml as _ryml
        except ImportError:  # pragma: no cover - the PyYAML path serves alone
            return False
        ryml, orjson = _ryml, _orjson
    return ryml is not None


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """ryml prints parse errors to file descriptor 2 before raising; the PyYAML path reports
    them as findings instead."""
    try:
        saved = os.dup(2)
    except OSError:  # pragma: no cover - no stderr at all
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def _parse(raw: bytes | bytearray, in_place: bool) -> Any:
    with _quiet_stderr():
        try:
            if in_place:
                return ryml.parse_in_place(raw)
            return ryml.parse_in_arena(raw)
        except Exception:  # ryml raises its own exception types for any parse error
            return None


def load_fast(text: str, max_depth: int) -> Any | None:
    """The data PyYAML would build from `text`, or None when only PyYAML can say."""
    if (not available() or not text or text[0] in "%-.?:]}" or _UNUSUAL_CHARS.search(text)
            or any(t in text for t in _UNUSUAL_TEXT)
            or any(p.search(text) for p in _UNUSUAL_PLACES)):
        return None
    raw = text.encode("utf-8")
    tree = _parse(raw, in_place=False)
    if tree is None or not tree.is_map(tree.root_id()):
        return None
    with _quiet_stderr():
        try:
            emitted = ryml.emit_json(tree)
        except Exception:  # ryml refuses to emit past its own depth limit
            return None
    json = emitted.encode("utf-8") if isinstance(emitted, str) else bytes(emitted)
    number = _NUMBER.search(json)
    if number and _EXPONENT.search(json, number.start()):
        return None
    try:
        data = orjson.loads(json)
    except orjson.JSONDecodeError:
        return None
    # A duplicate key leaves the JSON with fewer `"key":` pairs once loaded (orjson keeps the
    # last); PyYAML reports it, so count them on both sides.
    if _pairs(json) != _pairs(orjson.dumps(data)):
        return None
    if (not _PLAIN_TYPED.search(text) and not number and "-." not in text
            and "+." not in text and _shallow(json, max_depth)):
        return data
    fixups: list[tuple[Any, Any, tuple[Any, ...]]] = []
    try:
        _scan(data, [], 0, max_depth, fixups)
    except RecursionError:
        return None
    for container, index, path in fixups:
        node = _node(tree, path)
        if node is None or tree.has_val_tag(node) or tree.has_val_anchor(node):
            return None
        if not tree.is_val_quoted(node):
            value = container[index]
            if isinstance(value, float):  # ryml writes `-.5` as -0.5; YAML 1.1 reads text
                value = bytes(tree.val(node)).decode("utf-8")
            tag = _resolve(value)
            construct = _CONSTRUCTOR.yaml_constructors.get(tag)
            if construct is None:  # `=` and the like: PyYAML reports an unsupported tag
                return None
            # As on the PyYAML path, a value its constructor refuses stays text.
            with contextlib.suppress(yaml.YAMLError, ValueError, OverflowError):
                container[index] = construct(_CONSTRUCTOR, yaml.ScalarNode(tag, value))
    return data


def _shallow(json: bytes, limit: int) -> bool:
    """True when no container can be `limit - 1` deep. ryml indents block containers two
    spaces a level and writes flow ones on one line, so a container's depth is below a line's
    indent / 2 plus the brackets on it (counted on the brackets alone: a short string)."""
    indent = limit // 2
    if b"\n" + b" " * (2 * indent) in json:
        return False
    brackets = json.translate(None, _NOT_BRACKETS)
    return _BRACKETS[limit + 1 - indent].search(brackets) is None


_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[{\n")


class _BracketPatterns(dict[int, "re.Pattern[bytes]"]):
    def __missing__(self, count: int) -> re.Pattern[bytes]:
        pattern = re.compile(rb"[\[{](?:[^\n\[{]*[\[{]){%d}" % (count - 1))
        self[count] = pattern
        return pattern


_BRACKETS = _BracketPatterns()


def _pairs(json: bytes) -> int:
    """How many `"key":` pairs the JSON holds (an escaped quote before a colon is text)."""
    pairs = json.count(b'":')
    return pairs - json.count(b'\\":') if b'\\"' in json else pairs


def _scan(container: Any, path: list[Any], depth: int, limit: int,
          fixups: list[tuple[Any, Any, tuple[Any, ...]]]) -> None:
    """Note every float and every string PyYAML's resolver would type, with its path; raise
    RecursionError at the depth where PyYAML stops building."""
    items = container.items() if type(container) is dict else enumerate(container)
    for key, item in items:
        kind = type(item)
        if kind is str:
            if item and item[0] in _FIRST and _resolve(item) != _STR:
                fixups.append((container, key, (*path, key)))
        elif kind is dict or kind is list:
            if depth + 1 >= limit - 1:
                raise RecursionError
            path.append(key)
            _scan(item, path, depth + 1, limit, fixups)
            path.pop()
        elif kind is float:
            fixups.append((container, key, (*path, key)))


def _node(tree: Any, path: tuple[Any, ...]) -> int | None:
    node = tree.root_id()
    for step in path:
        if isinstance(step, int):
            if not tree.is_seq(node) or step >= tree.num_children(node):
                return None
            node = tree.child(node, step)
        else:
            if not tree.is_map(node):
                return None
            node = tree.find_child(node, step.encode("utf-8"))
            if node == ryml.NONE:
                return None
    return int(node)


class Unsure(Exception):
    """The tree cannot say where PyYAML would put this mark; compose with PyYAML instead."""


class _Py_buffer(ctypes.Structure):
    _fields_ = [("buf", ctypes.c_void_p), ("obj", ctypes.c_void_p), ("len", ctypes.c_ssize_t),
                ("itemsize", ctypes.c_ssize_t), ("readonly", ctypes.c_int),
                ("ndim", ctypes.c_int), ("format", ctypes.c_char_p), ("shape", ctypes.c_void_p),
                ("strides", ctypes.c_void_p), ("suboffsets", ctypes.c_void_p),
                ("internal", ctypes.c_void_p)]


_GET_BUFFER = ctypes.pythonapi.PyObject_GetBuffer
_GET_BUFFER.argtypes = [ctypes.py_object, ctypes.POINTER(_Py_buffer), ctypes.c_int]
_RELEASE = ctypes.pythonapi.PyBuffer_Release
_RELEASE.argtypes = [ctypes.POINTER(_Py_buffer)]


def _address(obj: Any) -> int:
    view = _Py_buffer()
    if _GET_BUFFER(obj, ctypes.byref(view), 0) != 0:  # pragma: no cover
        raise Unsure
    try:
        return int(view.buf or 0)
    finally:
        _RELEASE(ctypes.byref(view))


class TreePositions:
    """Line and column (1-based, in characters, as PyYAML marks them) of pointers in a text the
    fast path loaded, found by re-parsing it in place and measuring where ryml's scalars lie."""

    def __init__(self, text: str) -> None:
        self.raw = text.encode("utf-8")
        self.buffer = bytearray(self.raw)
        self.tree = _parse(self.buffer, in_place=True)
        if self.tree is None:
            raise Unsure
        self.base = _address(self.buffer)
        self._line_starts: list[int] | None = None
        self._child_lists: dict[int, list[int]] = {}

    def lookup(self, pointer: str, key: bool) -> tuple[int, int] | None:
        """Where `pointer` is (its key when `key` and it has one); None when it is absent."""
        tree = self.tree
        node = tree.root_id()
        if pointer:
            for token in pointer[1:].split("/"):
                token = token.replace("~1", "/").replace("~0", "~")
                if tree.is_map(node):
                    node = tree.find_child(node, token.encode("utf-8"))
                    if node == ryml.NONE:
                        return None
                elif tree.is_seq(node):
                    if not token.isdigit() or str(int(token)) != token:
                        return None
                    children = self._children(node)
                    if int(token) >= len(children):
                        return None
                    node = children[int(token)]
                else:
                    return None
        if key and tree.has_key(node):
            return self._mark(self._scalar(tree.key(node), tree.is_key_quoted(node), False))
        return self._mark(self._start(node))

    def _children(self, node: int) -> list[int]:
        """A sequence's children, listed once: ryml counts and indexes children by walking
        siblings, which made locating every finding in a long list quadratic."""
        children = self._child_lists.get(node)
        if children is None:
            children = []
            child = self.tree.first_child(node)
            while child != ryml.NONE:
                children.append(child)
                child = self.tree.next_sibling(child)
            self._child_lists[node] = children
        return children

    def _start(self, node: int) -> int:
        tree = self.tree
        if tree.is_map(node) or tree.is_seq(node):
            if tree.num_children(node) == 0:
                raise Unsure
            first = tree.first_child(node)
            if tree.is_map(node):
                inner = self._scalar(tree.key(first), tree.is_key_quoted(first), False)
            else:
                inner = self._start(first)
            if not tree.is_flow(node) and tree.is_map(node):
                return inner
            expected = b"[" if tree.is_seq(node) and tree.is_flow(node) else (
                b"{" if tree.is_flow(node) else b"-")
            at = inner - 1
            while at >= 0 and self.raw[at:at + 1] in (b" ", b"\n"):
                at -= 1
            if at < 0 or self.raw[at:at + 1] != expected:
                raise Unsure
            return at
        if not tree.has_val(node) or tree.val_is_null(node):
            raise Unsure
        if tree.is_val_literal(node) or tree.is_val_folded(node):
            raise Unsure
        return self._scalar(tree.val(node), tree.is_val_quoted(node), True)

    def _scalar(self, view: Any, quoted: bool, value: bool) -> int:
        if view is None or len(view) == 0:
            raise Unsure
        offset = _address(view) - self.base
        if not 0 <= offset < len(self.raw):
            raise Unsure
        if quoted:
            offset -= 1
            if offset < 0 or self.raw[offset:offset + 1] not in (b"'", b'"'):
                raise Unsure
        return offset

    def _mark(self, offset: int) -> tuple[int, int]:
        if self._line_starts is None:  # built once: counting newlines per lookup is quadratic
            self._line_starts = [0] + [m.end() for m in re.finditer(b"\n", self.raw)]
        line = bisect.bisect_right(self._line_starts, offset)
        start = self._line_starts[line - 1]
        return line, len(self.raw[start:offset].decode("utf-8")) + 1
