import en from '../../content/glossary/en.json' with { type: 'json' };
import fi from '../../content/glossary/fi.json' with { type: 'json' };
import zhCn from '../../content/glossary/zh-cn.json' with { type: 'json' };
import type { Locale } from '../lib/locales.ts';
import type { UiLabel } from '../lib/ui-labels.ts';

/** A term of one locale's glossary. */
export interface GlossaryTerm {
	id: string;
	term: string;
	meaning: string;
}

/** A word a locale's pages must not use, with the preferred one and why. */
export interface BannedTerm {
	term?: string;
	regex?: string;
	use: string;
	why: string;
}

/** Each locale's glossary (content/glossary/<locale>.json). */
export const GLOSSARIES: Readonly<
	Record<Locale, { terms: GlossaryTerm[]; banned: BannedTerm[]; uiLabels?: UiLabel[] }>
> = { fi, en, 'zh-cn': zhCn };
