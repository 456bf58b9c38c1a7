/** A menu or button name as Microsoft's localized UI shows it, with its English name. */
export interface UiLabel {
	/** The English label, exactly as the English UI writes it. */
	en: string;
	/** The label in the locale's UI, as Microsoft's localized documentation writes it. */
	label: string;
	/** The localized Microsoft page where the label was seen. */
	source: string;
	/**
	 * The English word also names other UI whose localized label is not verified (Settings is
	 * also SharePoint's gear menu): English on its own is then not flagged as English first.
	 */
	mixed?: boolean;
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
 * A line with quoted messages blanked out as well ("…", “…”, ”…”): an error or status text is
 * quoted as the English UI shows it, so an English word in it is not a label to translate.
 */
const withoutQuotes = (line: string) =>
	withoutCode(line).replace(/"[^"\n]*"|“[^”\n]*”|”[^”\n]*”/g, (m) => ' '.repeat(m.length));

/**
 * The verified labels a line of a localized page writes in English first: each English label
 * must stand in brackets after its localized name ("Aktiiviset käyttäjät (Active users)").
 */
export function englishFirstLabels(line: string, labels: readonly UiLabel[]): UiLabel[] {
	const text = withoutQuotes(line);
	// The localized name may itself be quoted ("选择“设置”（Settings）"): look for it in the line.
	const whole = withoutCode(line);
	return labels.filter((l) => {
		if (l.mixed) return false;
		const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(l.en)}(?![\\p{L}\\p{N}])`, 'gu');
		for (const m of text.matchAll(pattern)) {
			const brackets = bracketText(text, m.index);
			// Outside brackets it is English first; in brackets, a step of a path needs its
			// localized name on the line (a longer English name, such as a role, is not the label).
			if (brackets === null) return true;
			if (pathSteps(brackets).includes(l.en) && !whole.includes(l.label)) return true;
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
 * The localized UI labels a line writes in bold that are not verified (not in `labels`): a bold
 * step followed by its English name in brackets, and in Chinese articles any bold text with a
 * Chinese character. Bold text that `english` (the English page) also has is English
 * kept as it is, not a localized label.
 */
export function unverifiedLabels(
	line: string,
	labels: readonly UiLabel[],
	locale: 'fi' | 'zh-cn',
	english = '',
	/** Whether any bold Chinese text is a label (articles), or only one before English in brackets. */
	anyBold = locale === 'zh-cn',
): string[] {
	const text = withoutCode(line);
	const known = new Set(labels.map((l) => l.label));
	const pairs = new Set(labels.map((l) => `${l.label}\u0000${l.en}`));
	const kept = (s: string) => english.includes(`**${s}**`);
	const found: string[] = [];
	// Where the English path follows in brackets, each step must be verified as THAT label.
	const paired = new Set<number>();
	for (const m of text.matchAll(LABEL_RUN)) {
		// Only an English name in brackets: Latin letters, no Finnish or Chinese ones, no link.
		if (!/[A-Za-z]/.test(m[2]!) || /[^\t -~›]|\]\(/u.test(m[2]!)) continue;
		const inBrackets = pathSteps(m[2]!);
		const steps = [...m[1]!.matchAll(/\*\*([^*\n]+)\*\*/g)];
		steps.forEach((step, i) => {
			paired.add(m.index + step.index);
			const s = step[1]!.trim();
			if (kept(s) || inBrackets.includes(s)) return;
			if (locale === 'zh-cn' && !HAN.test(s)) return;
			const en = steps.length === inBrackets.length ? inBrackets[i]! : undefined;
			if (en ? !pairs.has(`${s}\u0000${en}`) : !known.has(s)) found.push(s);
		});
	}
	// Chinese bold text elsewhere is a label too; it must be a verified one.
	if (anyBold) {
		for (const m of text.matchAll(/\*\*([^*\n]+)\*\*/g)) {
			const s = m[1]!.trim();
			if (!paired.has(m.index) && HAN.test(s) && !known.has(s) && !kept(s)) found.push(s);
		}
	}
	return found;
}

/** Bold text that is a Latin-script label with no letters outside ASCII: an English UI name. */
function looksEnglish(text: string): boolean {
	return /[A-Za-z]/.test(text) && /^[\t -~]+$/.test(text);
}

/**
 * The English UI labels a line of a localized page writes in bold as the step itself, outside
 * brackets ("valitse **Migration**"): a reader of the localized UI cannot tell what to look for.
 * The site's form is a description in the reader's language, then the English label in bold
 * brackets ("avaa siirtosivu (**Migration**)"), or a verified localized label in bold.
 */
export function bareEnglishLabels(line: string, labels: readonly UiLabel[] = []): string[] {
	const text = withoutCode(line);
	const localized = new Set(labels.map((l) => l.label));
	// Bold steps right before a bracket are a localized label with its English name.
	const paired = new Set<number>();
	for (const m of text.matchAll(LABEL_RUN)) {
		for (const step of m[1]!.matchAll(/\*\*[^*\n]+\*\*/g)) paired.add(m.index + step.index);
	}
	const found: string[] = [];
	for (const m of text.matchAll(/\*\*([^*\n]+)\*\*/g)) {
		const s = m[1]!.trim();
		if (paired.has(m.index) || localized.has(s) || bracketText(text, m.index) !== null) continue;
		if (looksEnglish(s)) found.push(s);
	}
	return found;
}

/** Plain round brackets, half- or full-width, holding an English menu path ("Users › Active users"). */
const PLAIN_ENGLISH_PATH = /[(（]([\t -~›]*›[\t -~›]*)[)）]/gu;

/**
 * The English menu paths a line gives in plain brackets without a localized step for each:
 * "**Teams 和组**下的活跃团队和组页面（Teams & groups › Active teams & groups）" names one
 * Chinese step for two English ones, so the reader cannot tell which step is which, nor find
 * the unverified one. Plain English brackets belong after a bold path of as many steps; an
 * unverified step is described, with its English label in bold ("…页面（**Active teams & groups**）").
 */
export function unpairedEnglishPaths(line: string): string[] {
	const text = withoutQuotes(line);
	const paired = new Set<number>();
	for (const m of text.matchAll(LABEL_RUN)) {
		const steps = [...m[1]!.matchAll(/\*\*[^*\n]+\*\*/g)].length;
		if (pathSteps(m[2]!).length === steps) paired.add(m.index + m[0].length - m[2]!.length - 2);
	}
	const found: string[] = [];
	for (const m of text.matchAll(PLAIN_ENGLISH_PATH)) {
		if (m[1]!.includes('**') || !/[A-Za-z]/.test(m[1]!) || paired.has(m.index)) continue;
		found.push(m[1]!.trim());
	}
	return found;
}

/**
 * The English UI labels a line gives in bold brackets after a description, the form for a label
 * whose localized name could not be verified ("avaa siirtosivu (**Migration**)"). A page that
 * writes one carries the standard sentence explaining the form; a page that writes none does not.
 */
export function describedEnglishLabels(line: string, labels: readonly UiLabel[] = []): string[] {
	const text = withoutCode(line);
	const localized = new Set(labels.map((l) => l.label));
	const found: string[] = [];
	for (const m of text.matchAll(/\*\*([^*\n]+)\*\*/g)) {
		const s = m[1]!.trim();
		if (localized.has(s) || bracketText(text, m.index) === null) continue;
		if (looksEnglish(s)) found.push(s);
	}
	return found;
}

/**
 * The verified labels a page writes in bold but never follows with their English name in
 * brackets, as a label or as a step of a bracketed English path ("**关于**（About）",
 * "…**设置** › **关于**（Help & Settings › Settings › About）"): the rule asks for the English
 * after the localized label, at least at its first mention on the page.
 */
export function labelsWithoutEnglish(
	lines: readonly string[],
	labels: readonly UiLabel[],
): string[] {
	const english = new Map<string, Set<string>>();
	for (const l of labels) english.set(l.label, (english.get(l.label) ?? new Set()).add(l.en));
	const bold = new Set<string>();
	const inBrackets = new Set<string>();
	for (const line of lines) {
		const text = withoutCode(line);
		for (const m of text.matchAll(/\*\*([^*\n]+)\*\*/g)) {
			if (english.has(m[1]!.trim())) bold.add(m[1]!.trim());
		}
		for (const m of text.matchAll(/[(（]([^()（）]*)[)）]/g)) {
			// "（Anyone，无需登录…）": an explanation may follow the English after a full-width comma.
			for (const step of pathSteps(m[1]!.replace(/[，；、]/g, ','))) inBrackets.add(step);
		}
	}
	return [...bold].filter((label) => ![...english.get(label)!].some((en) => inBrackets.has(en)));
}
