const HAN = '\\p{Script=Han}';

/**
 * Chinese text with a space between Han characters and digits, as Microsoft's zh-CN style writes
 * dates and counts (`2026年11月29日` → `2026 年 11 月 29 日`). Other text is returned unchanged.
 */
export function spaceHanDigits(text: string): string {
	return text
		.replace(new RegExp(`(\\d)(${HAN})`, 'gu'), '$1 $2')
		.replace(new RegExp(`(${HAN})(\\d)`, 'gu'), '$1 $2');
}
