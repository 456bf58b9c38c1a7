const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

/**
 * The `**` markers on a line of Markdown that cannot open or close bold under CommonMark's
 * flanking rules, so the page would show the asterisks. The usual case is Chinese: a label that
 * ends in a full-width bracket, closed right before a Han character ("**商业版（全球版）**由").
 * Returns the index of each such marker; code spans are skipped.
 */
export function unclosedBold(line: string): number[] {
	// A code span keeps its backticks (they count as punctuation for flanking) but not its text.
	const text = line.replace(/`[^`]*`/g, (m) => `\`${'x'.repeat(m.length - 2)}\``);
	const open: number[] = [];
	const stray: number[] = [];
	for (const m of text.matchAll(/(?<!\*)\*\*(?!\*)/g)) {
		const before = m.index === 0 ? ' ' : text[m.index - 1]!;
		const after = text[m.index + 2] ?? ' ';
		const left =
			!SPACE.test(after) &&
			(!PUNCTUATION.test(after) || SPACE.test(before) || PUNCTUATION.test(before));
		const right =
			!SPACE.test(before) &&
			(!PUNCTUATION.test(before) || SPACE.test(after) || PUNCTUATION.test(after));
		if (right && open.length > 0) open.pop();
		else if (left) open.push(m.index);
		else stray.push(m.index);
	}
	return [...stray, ...open].sort((a, b) => a - b);
}
