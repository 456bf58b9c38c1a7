/** A severity level with 21Vianet's published examples, each tied to the article on that problem. */
export interface SeverityWithExamples {
	id: string;
	examples: readonly { article: string; interpreted?: boolean | undefined }[];
}

/**
 * Where an article's typical severity comes from: `policy` when 21Vianet names this problem as an
 * example of that level, `estimate` when it is this guide's own reading (also when the guide only
 * reads 21Vianet's example as covering this article), which pages must say.
 */
export function severityBasis(
	severities: readonly SeverityWithExamples[],
	article: string,
	severity: string,
): 'policy' | 'estimate' {
	const level = severities.find((s) => s.id === severity);
	return level?.examples.some((ex) => ex.article === article && !ex.interpreted)
		? 'policy'
		: 'estimate';
}
