"""sixpowers: keep, check, compare and publish government power registers (权力清单)."""

__version__ = "0.1.0"
