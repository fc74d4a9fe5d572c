"""Stable identities for findings, shared by the SARIF and GitLab reporters.

A finding about a power is identified by the power's code, the rule and the field inside the
power, not by line numbers or list positions, so reordering or editing other powers does not
turn an old finding into a new one.
"""

from __future__ import annotations

import hashlib
import re

from ..findings import Finding

_POWER_PREFIX = re.compile(r"^/powers/\d+")


def fingerprint_parts(finding: Finding) -> str:
    """`power|rule|pointer-inside-power`, or `file|rule|pointer` for findings outside a power."""
    pointer = finding.location.pointer
    if finding.power:
        return f"{finding.power}|{finding.code}|{_POWER_PREFIX.sub('', pointer)}"
    return f"{finding.location.file}|{finding.code}|{pointer}"


def fingerprint(finding: Finding) -> str:
    """A hex digest of `fingerprint_parts`."""
    return hashlib.sha256(fingerprint_parts(finding).encode("utf-8")).hexdigest()
