/** A menu or button name as Microsoft's localized UI shows it, with its English name. */
export interface UiLabel {
	/** The English label, exactly as the English UI writes it. */
	en: string;
	/** The label in the locale's UI, as Microsoft's localized documentation writes it. */
	label: string;
	/** The localized Microsoft page where the label was seen. */
	source: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the character at `index` lies inside round brackets, half- or full-width. */
function insideBrackets(line: string, index: number): boolean {
	let depth = 0;
	for (let i = 0; i < index; i++) {
		const c = line[i];
		if (c === '(' || c === '（') depth++;
		else if ((c === ')' || c === '）') && depth > 0) depth--;
	}
	return depth > 0;
}

/** A line with inline code spans blanked out, so labels inside code are never counted. */
const withoutCode = (line: string) => line.replace(/`[^`]*`/g, (m) => ' '.repeat(m.length));

/**
 * The verified labels a line of a localized page writes in English first: each English label
 * must stand in brackets after its localized name ("Aktiiviset käyttäjät (Active users)").
 */
export function englishFirstLabels(line: string, labels: readonly UiLabel[]): UiLabel[] {
	const text = withoutCode(line);
	return labels.filter((l) => {
		const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(l.en)}(?![\\p{L}\\p{N}])`, 'gu');
		for (const m of text.matchAll(pattern)) {
			if (!insideBrackets(text, m.index) || !text.includes(l.label)) return true;
		}
		return false;
	});
}
