/** A severity level with 21Vianet's published examples, each tied to the article on that problem. */
export interface SeverityWithExamples {
	id: string;
	examples: readonly { article: string; interpreted?: boolean | undefined }[];
}

/**
 * Where an article's typical severity comes from: `policy` when 21Vianet names this problem as an
 * example of that level, `interpreted` when this guide reads one of 21Vianet's examples of that
 * level as covering the article (a retired product's successor), `estimate` when the level is this
 * guide's own reading. Pages must say which.
 */
export function severityBasis(
	severities: readonly SeverityWithExamples[],
	article: string,
	severity: string,
): 'policy' | 'interpreted' | 'estimate' {
	const example = severities
		.find((s) => s.id === severity)
		?.examples.find((ex) => ex.article === article);
	if (!example) return 'estimate';
	return example.interpreted ? 'interpreted' : 'policy';
}
