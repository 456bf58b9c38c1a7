/**
 * A whole number as a word, from a `|`-separated list indexed by the number (`nolla|yksi|kaksi|…`);
 * in digits when the list has no word for it (larger numbers, fractions, anything not a number).
 */
export function numberWord(value: unknown, words: string): string {
	const list = words.split('|');
	if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
		const word = list[value];
		if (word) return word;
	}
	return String(value);
}
