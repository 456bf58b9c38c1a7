/** Technical support, or billing and subscription management. */
export type RequestType = 'technical' | 'billing';

/** Service unavailable or unusable / works with limited function / minimal impact with a workaround. */
export type Impact = 'down' | 'degraded' | 'minor';

/** Many users or services, or one user, customer or service. */
export type Scope = 'many' | 'one';

/** A yes-or-no answer. */
export type YesNo = 'yes' | 'no';

/** A: critical, B: high, C: non-critical. */
export type Severity = 'A' | 'B' | 'C';

/** The reader's answers that decide the severity (SUPPORT-POLICY §4). */
export type SeverityInput = {
	type: RequestType;
	impact: Impact;
	scope: Scope;
	agreement: YesNo;
	resource: YesNo;
};

/** A rule that lowered A to B: a billing request, no Advanced Online Services agreement, no named person. */
export type LoweringReason = 'billing' | 'no-agreement' | 'no-resource';

/** The severity, the base severity before lowering, and every rule that lowered it (policy order). */
export type SeverityAssessment = { severity: Severity; base: Severity; lowered: LoweringReason[] };

/** The severity rules, shaped like `severityRules` in content/policy/support-policy.json. */
export type SeverityRules = {
	readonly base: readonly {
		readonly impact: Impact;
		readonly scope: Scope;
		readonly severity: Severity;
	}[];
	/** Request types whose severity is at most B. */
	readonly highestFor: { readonly [T in RequestType]?: 'B' };
	/** Answers that must be 'yes' for severity A. */
	readonly aRequires: readonly ('agreement' | 'resource')[];
};

/** The base severity from impact and scope; throws a RangeError when no rule matches. */
export function baseSeverity(
	input: Pick<SeverityInput, 'impact' | 'scope'>,
	rules: SeverityRules,
): Severity {
	const rule = rules.base.find((r) => r.impact === input.impact && r.scope === input.scope);
	if (rule === undefined)
		throw new RangeError(`No severity rule for impact ${input.impact} and scope ${input.scope}`);
	return rule.severity;
}

/** Every rule that would lower an A for this input, in the order billing, no-agreement, no-resource. */
function loweringReasons(input: SeverityInput, rules: SeverityRules): LoweringReason[] {
	const reasons: LoweringReason[] = [];
	if (input.type === 'billing' && rules.highestFor.billing !== undefined) reasons.push('billing');
	if (rules.aRequires.includes('agreement') && input.agreement !== 'yes')
		reasons.push('no-agreement');
	if (rules.aRequires.includes('resource') && input.resource !== 'yes') reasons.push('no-resource');
	return reasons;
}

/**
 * Assesses a request's severity (SUPPORT-POLICY §4): the base from impact and scope, then an A
 * becomes B for a billing request, no agreement or no named person; `lowered` lists every rule
 * that applied, and is empty when the base is not A. Throws a RangeError when no base rule matches.
 */
export function assessSeverity(input: SeverityInput, rules: SeverityRules): SeverityAssessment {
	const base = baseSeverity(input, rules);
	const lowered = base === 'A' ? loweringReasons(input, rules) : [];
	return { severity: lowered.length > 0 ? 'B' : base, base, lowered };
}
