import type { Locale } from './locales.ts';

/**
 * The space between two sentences or between a word and a bracket that components put
 * together: Chinese writes none after full-width punctuation, the other languages one.
 * @example '严重级别 C。' + wordGap('zh-cn') + '查看' // '严重级别 C。查看'
 */
export function wordGap(locale: Locale): string {
	return locale === 'zh-cn' ? '' : ' ';
}
