/** One run of a UI string: plain text, or a UI label the string marks with `**`. */
export interface TextRun {
	text: string;
	strong: boolean;
}

/**
 * The runs of a UI string that marks UI labels as `**label**`, in order. Text whose markers do
 * not pair up is one plain run with the markers removed, so a slip never shows asterisks.
 */
export function strongRuns(text: string): TextRun[] {
	if (!hasPairedMarkers(text)) return plainRun(plainText(text));
	return text
		.split('**')
		.map((part, i) => ({ text: part, strong: i % 2 === 1 }))
		.filter((run) => run.text !== '');
}

/**
 * The UI string without its `**` label markers, for a draft, a data attribute or a title: each
 * marked label passes through `label` (Chinese quotes it, as text without bold must), and a
 * stray marker is dropped.
 */
export function plainText(text: string, label: (text: string) => string = (l) => l): string {
	return text.replace(/\*\*([^*\n]+)\*\*/g, (_, l: string) => label(l)).replaceAll('**', '');
}

/** Whether every `**` in a UI string opens or closes a non-empty label on one line. */
export function hasPairedMarkers(text: string): boolean {
	const parts = text.split('**');
	return parts.length % 2 === 1 && parts.every((part, i) => i % 2 === 0 || /^[^\n]+$/.test(part));
}

const plainRun = (text: string): TextRun[] => (text === '' ? [] : [{ text, strong: false }]);
