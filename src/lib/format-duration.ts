import { spaceHanDigits } from './cjk-spacing.ts';
import { durationParts } from './duration-parts.ts';

/**
 * A duration such as "14 h 30 min" in a language, through Intl.DurationFormat where available;
 * Chinese spaced as the dates beside it (`5 天 10 小时`).
 */
export function formatDuration(ms: number, lang: string): string {
	const { days, hours, minutes } = durationParts(ms);
	const parts = { days, hours, minutes };
	const DurationFormat = (
		Intl as unknown as {
			DurationFormat?: new (l: string, o: object) => { format(d: object): string };
		}
	).DurationFormat;
	const text = DurationFormat
		? new DurationFormat(lang, { style: 'short' }).format(parts)
		: (Object.entries(parts) as Array<[string, number]>)
				.filter(([, n]) => n > 0)
				.map(([unit, n]) =>
					new Intl.NumberFormat(lang, {
						style: 'unit',
						unit: unit.slice(0, -1),
						unitDisplay: 'short',
					}).format(n),
				)
				.join(' ');
	// Only Chinese has Han characters to space; other languages come back unchanged.
	return spaceHanDigits(text);
}
