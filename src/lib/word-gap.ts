import type { Locale } from './locales.ts';

/** Full-width punctuation at the end of a Chinese text: nothing more is written after it. */
const FULL_WIDTH_END = /[\u3000-\u303f\uff00-\uffef]$/u;

/**
 * The space between two sentences or between a word and a bracket that components put
 * together: Chinese writes none after full-width punctuation, the other languages one. Given the
 * text before the gap, Chinese gets one space after a character or Latin text, as before a number.
 * @example '严重级别 C。' + wordGap('zh-cn') + '查看' // '严重级别 C。查看'
 * @example '请致电' + wordGap('zh-cn', '请致电') + '(86) 400 089 0365' // '请致电 (86) 400 089 0365'
 */
export function wordGap(locale: Locale, before?: string): string {
	if (locale !== 'zh-cn') return ' ';
	return before !== undefined && !FULL_WIDTH_END.test(before) ? ' ' : '';
}
