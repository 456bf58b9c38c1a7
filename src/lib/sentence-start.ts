/**
 * Text as the first words of a sentence or a table cell: strings written to follow a label and a
 * colon ("vakavuustaso A: avoinna nyt", "Palveluajat: ma–pe …") get a capital where they start
 * their own block. Scripts without case are unchanged.
 */
export function sentenceStart(text: string, lang: string): string {
	return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}
