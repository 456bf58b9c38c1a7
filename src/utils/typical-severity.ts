import { policy } from '../data/policy.ts';
import { severityBasis } from '../lib/severity-basis.ts';
import { showsSeverity } from '../lib/shows-severity.ts';
import type { ArticleFrontmatter } from '../schemas/docs.ts';

/** An article's typical 21Vianet severity and where it comes from. */
export interface TypicalSeverity {
	id: ArticleFrontmatter['severity'];
	/** i18next context: `policy` (21Vianet's own example), `interpreted` (21Vianet's example as this guide reads it) or `estimate` (this guide's reading). */
	context: 'policy' | 'interpreted' | 'estimate';
}

/**
 * The typical severity an article shows, or null when it shows none (see showsSeverity).
 * `slug` is the page's docs slug (`troubleshooting/mail-flow-outage`).
 */
export function typicalSeverity(
	slug: string,
	article: ArticleFrontmatter,
	audience: 'admin' | 'user' | 'everyone',
): TypicalSeverity | null {
	if (!showsSeverity(article.services, audience)) return null;
	return {
		id: article.severity,
		context: severityBasis(
			policy.severities,
			slug.replace(/^troubleshooting\//, ''),
			article.severity,
		),
	};
}
