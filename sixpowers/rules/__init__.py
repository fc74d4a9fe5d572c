"""The governance rules: one module per rule, listed here explicitly.

Codes: SP2xx legal basis, SP3xx flow and separation of duties, SP4xx duties, oversight, risk and
disclosure, SP5xx type and code, SP6xx consistency, SP9xx suppression comments, SP10xx decision
procedures (三重一大, 重大行政决策), the responsibility and negative lists and platforms. A rule module has
CODE, NAME (kebab-case), SEVERITY, LEGAL_BASIS, a docstring that is its documentation and
`check(ctx) -> Iterator[Violation]`; optional FIXABLE, KINDS (register kinds it applies to,
default all), DEFAULT (False: runs only when selected by its exact code), META (reported by the
engine, not by `check`) and CATALOGUE (consults the reference catalogue, which the engine then
loads).
"""

from __future__ import annotations

from types import ModuleType

from . import (
    basis_cannot_set_type,
    catalogue_item_missing,
    catalogue_mismatch,
    catalogue_name_variant,
    citation_punctuation,
    citation_unparseable,
    citation_without_article,
    code_malformed,
    code_type_mismatch,
    committed_exceeds_statutory,
    credit_code_invalid,
    cross_department_power,
    dead_end_step,
    decision_unlabelled_exit,
    disclosure_without_reason,
    duplicate_code,
    duplicate_name,
    flow_end_unreachable,
    flow_start,
    handling_and_supervision_same_post,
    high_risk_uncontrolled,
    licence_limit_without_basis,
    licence_outside_catalogue,
    major_decision_procedure,
    major_matter_decided_by_individual,
    major_matter_not_collective,
    major_matter_without_last_speaker,
    missing_accountability,
    missing_basis,
    missing_code,
    missing_duties,
    missing_duty_stage,
    missing_risk_point,
    missing_supervision,
    name_contradicts_type,
    normative_document_mislabelled,
    penalty_limit_over_90_days,
    platform_step_missing,
    prohibition_contradicts_power,
    prohibition_without_basis,
    provincial_rule_licence,
    repealed_law,
    review_and_decision_same_post,
    risk_on_unknown_step,
    seizure_limit_over_30_days,
    shared_duty_lead_conflict,
    shared_duty_not_reciprocated,
    short_law_title,
    similar_name,
    status_without_reason,
    step_days_exceed_limit,
    superseded_version,
    suppression_without_reason,
    type_alias,
    unknown_next_step,
    unknown_suppression_code,
    unreachable_step,
    unused_suppression,
)

_ALL: tuple[ModuleType, ...] = (
    missing_basis, citation_unparseable, citation_without_article, citation_punctuation,
    short_law_title, normative_document_mislabelled, basis_cannot_set_type,
    provincial_rule_licence, repealed_law, superseded_version,
    review_and_decision_same_post, handling_and_supervision_same_post, flow_start,
    flow_end_unreachable, unreachable_step, dead_end_step, unknown_next_step,
    step_days_exceed_limit, decision_unlabelled_exit, committed_exceeds_statutory,
    licence_limit_without_basis, penalty_limit_over_90_days, seizure_limit_over_30_days,
    major_decision_procedure, major_matter_not_collective,
    missing_duties, missing_duty_stage, missing_accountability, missing_supervision,
    risk_on_unknown_step, high_risk_uncontrolled, missing_risk_point, disclosure_without_reason,
    name_contradicts_type, type_alias, code_malformed, code_type_mismatch, duplicate_code,
    credit_code_invalid, missing_code,
    duplicate_name, similar_name, cross_department_power, status_without_reason,
    catalogue_mismatch, licence_outside_catalogue, catalogue_name_variant, catalogue_item_missing,
    suppression_without_reason, unused_suppression, unknown_suppression_code,
    major_matter_without_last_speaker, major_matter_decided_by_individual,
    shared_duty_not_reciprocated, shared_duty_lead_conflict,
    prohibition_without_basis, prohibition_contradicts_power, platform_step_missing,
)

RULES: dict[str, ModuleType] = {r.CODE: r for r in sorted(_ALL, key=lambda r: (len(r.CODE), r.CODE))}

SUPPRESSION_WITHOUT_REASON = suppression_without_reason
UNUSED_SUPPRESSION = unused_suppression
UNKNOWN_SUPPRESSION_CODE = unknown_suppression_code

__all__ = ["RULES"]
