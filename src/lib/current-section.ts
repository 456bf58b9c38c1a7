/**
 * Which section the reader is in: the index of the last heading whose top is above `line`
 * (pixels from the top of the viewport), or -1 while the reader is above the first heading.
 * Tops are in document order.
 */
export function currentSection(tops: readonly number[], line: number): number {
	let current = -1;
	for (const [i, top] of tops.entries()) {
		if (top > line) break;
		current = i;
	}
	return current;
}
