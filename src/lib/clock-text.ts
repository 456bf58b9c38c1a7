/**
 * A wall-clock time of the policy data (`09:00`, `24:00`) in the locale's own style: Finnish
 * writes the hour without a leading zero and a full stop (`9.00`, as in «klo 9.00–24.00»),
 * English and Chinese keep two digits (`09:00`). 24:00, which `Intl` cannot format, keeps its hour.
 */
export function clockText(hhmm: string, langTag: string): string {
	const [h = 0, m = 0] = hhmm.split(':').map(Number);
	const text = new Intl.DateTimeFormat(langTag, {
		hour: langTag.toLowerCase().startsWith('fi') ? 'numeric' : '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone: 'UTC',
	}).format(new Date(Date.UTC(2024, 0, 1, h % 24, m)));
	return h === 24 ? text.replace(/^0?0(?=\D)/, '24') : text;
}
