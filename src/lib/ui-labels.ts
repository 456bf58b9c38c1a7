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

/**
 * The text of the innermost round brackets, half- or full-width, around the character at
 * `index`, or null when it is outside brackets.
 */
function bracketText(line: string, index: number): string | null {
	const opens: number[] = [];
	for (let i = 0; i < index; i++) {
		const c = line[i];
		if (c === '(' || c === '（') opens.push(i + 1);
		else if (c === ')' || c === '）') opens.pop();
	}
	const start = opens.at(-1);
	if (start === undefined) return null;
	const end = line.slice(index).search(/[)）]/);
	return line.slice(start, end < 0 ? undefined : index + end);
}

/** The steps of a bracketed English path: "Billing › Licenses; Groups" → Billing, Licenses, Groups. */
const pathSteps = (text: string) =>
	text
		.replace(/\*\*/g, '')
		.split(/\s*[›>,;]\s*/)
		.map((step) => step.trim());

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
			const brackets = bracketText(text, m.index);
			// Outside brackets it is English first; in brackets, a step of a path needs its
			// localized name on the line (a longer English name, such as a role, is not the label).
			if (brackets === null) return true;
			if (pathSteps(brackets).includes(l.en) && !text.includes(l.label)) return true;
		}
		return false;
	});
}

/** Bold text with at least one Chinese character. */
const HAN = /\p{Script=Han}/u;
/**
 * A run of bold steps ("**A** › **B**"), an optional Finnish case ending ("-kohdasta"), then a
 * bracket: the shape of "localized label (English label)".
 */
const LABEL_RUN =
	/((?:\*\*[^*\n]+\*\*)(?:\s*›\s*\*\*[^*\n]+\*\*)*)(?:\s*-[\p{L}]+)?\s*[(（]([^)）]*)[)）]/gu;

/**
 * The localized UI labels a line writes in bold that are not verified (not in `labels`). In
 * Chinese, any bold text with a Chinese character is a label; in Finnish, a bold step followed by
 * its English name in brackets. Bold text that `english` (the English page) also has is English
 * kept as it is, not a localized label.
 */
export function unverifiedLabels(
	line: string,
	labels: readonly UiLabel[],
	locale: 'fi' | 'zh-cn',
	english = '',
): string[] {
	const text = withoutCode(line);
	const known = new Set(labels.map((l) => l.label));
	const localized = (s: string) => !known.has(s) && !english.includes(`**${s}**`);
	if (locale === 'zh-cn') {
		return [...text.matchAll(/\*\*([^*\n]+)\*\*/g)]
			.map((m) => m[1]!.trim())
			.filter((s) => HAN.test(s) && localized(s));
	}
	const found: string[] = [];
	for (const m of text.matchAll(LABEL_RUN)) {
		if (!/[A-Za-z]/.test(m[2]!)) continue;
		const inBrackets = pathSteps(m[2]!);
		for (const step of m[1]!.matchAll(/\*\*([^*\n]+)\*\*/g)) {
			const s = step[1]!.trim();
			if (localized(s) && !inBrackets.includes(s)) found.push(s);
		}
	}
	return found;
}
