import { getEntry } from 'astro:content';
import { policy } from '../../data/policy.ts';
import { pluralForms, useTranslations } from '../../i18n/index.ts';
import { CALCULATOR_CHOICES } from '../../lib/calculator-params.ts';
import { LANG_TAGS, SEARCH_MIN_LENGTH, type Locale } from '../../lib/locales.ts';
import { localizedPath } from '../../lib/localized-path.ts';
import { PRODUCTS } from '../../schemas/docs.ts';
import type { FlowConfig } from '../../scripts/get-help-flow.ts';
import { calculatorConfig } from '../../utils/calculator-config.ts';
import { getLocalizedEntries } from '../../utils/page-context.ts';

/** Whether the "ask your admin for help" article exists in a locale (another part of the guide). */
export async function hasAskAdminArticle(locale: Locale): Promise<boolean> {
	return Boolean(await getEntry('docs', `${locale}/troubleshooting/ask-your-admin-for-help`));
}

/**
 * Everything the get-help script shows, localized at build time from the policy data, the UI
 * strings and the locale's troubleshooting articles (what `tried` may name, with their
 * what-to-collect lists).
 */
export async function flowConfig(locale: Locale): Promise<FlowConfig> {
	const t = useTranslations(locale);
	const lang = LANG_TAGS[locale];
	const channel = (id: string) => policy.channels.find((c) => c.id === id)!;
	const globalBilling = channel('global-phone-billing').hours;
	const draftKeys = [
		'subject',
		'problem',
		'impact',
		'severity',
		'reasons',
		'started',
		'tried',
		'contact',
		'commitments',
		'notGiven',
		'none',
		'service',
		'type',
		'opened',
		'openedLocal',
		'due',
		'collect',
		'collectFrom',
	] as const;
	const placeholders = Object.fromEntries(
		[
			'text',
			'impact',
			'scope',
			'id',
			'name',
			'reasons',
			'time',
			'beijing',
			'local',
			'zone',
			'title',
			'who',
			'raw',
			'step',
		].map((k) => [k, `{{${k}}}`]),
	);
	const articles = Object.fromEntries(
		(await getLocalizedEntries())
			.filter((e) => e.locale === locale && e.entry.data.article)
			.map((e) => [
				e.slug.replace(/^troubleshooting\//, ''),
				{ title: e.entry.data.title, url: localizedPath(locale, e.slug) },
			]),
	);
	return {
		lang,
		calculator: calculatorConfig(t, lang),
		localHours: globalBilling.kind === 'local' ? globalBilling : undefined,
		search: {
			results: pluralForms(locale, 'search.results'),
			none: t('help.none', { query: '{{query}}' }),
			loading: t('search.loading'),
			unavailable: t('search.unavailable'),
			hint: t('search.hint'),
			minLength: SEARCH_MIN_LENGTH[locale],
		},
		status: {
			open: t('help.status.open'),
			always: t('help.status.always'),
			closed: t('help.status.closed', { beijing: '{{beijing}}', local: '{{local}}' }),
			closedLocal: t('help.status.closedLocal', { local: '{{local}}' }),
		},
		filters: {
			product: PRODUCTS.map((p) => t(`product.${p}`)),
			audience: ['admin', 'user'],
		},
		articles,
		collectUrl: `${localizedPath(locale, 'get-help')}collect.json`,
		errors: {
			'unknown-value': t('calc.error.unknown-value', placeholders),
			repeated: t('calc.error.repeated', placeholders),
			tried: t('help.error.tried', placeholders),
			future: t('help.error.future', placeholders),
		},
		next: t('help.next', placeholders),
		draft: Object.fromEntries(
			draftKeys.map((k) => [k, t(`help.draft.${k}`, placeholders)]),
		) as FlowConfig['draft'],
		admin: {
			hello: t('help.admin.hello'),
			since: t('help.admin.since', placeholders),
			affected: t('help.admin.affected', placeholders),
			thanks: t('help.admin.thanks'),
			copied: t('help.admin.copied'),
			copyFailed: t('help.draft.copyFailed'),
		},
		labels: {
			impact: Object.fromEntries(CALCULATOR_CHOICES.impact.map((v) => [v, t(`calc.impact.${v}`)])),
			scope: Object.fromEntries(CALCULATOR_CHOICES.scope.map((v) => [v, t(`calc.scope.${v}`)])),
			severity: Object.fromEntries(
				(['A', 'B', 'C'] as const).map((s) => [
					s,
					t(`policy.severity.${s}.name`, { context: 'inline' }),
				]),
			),
			service: Object.fromEntries(
				(['global', '21vianet'] as const).map((s) => [s, t(policy.services[s]!.nameKey)]),
			),
			topic: Object.fromEntries(
				(['technical', 'billing'] as const).map((v) => [v, t(`calc.type.${v}`)]),
			),
			affected: Object.fromEntries(
				(['me', 'some', 'all'] as const).map((v) => [v, t(`help.affected.${v}`)]),
			),
			customerA: policy.severities.find((s) => s.id === 'A')!.customerPart.map((k) => t(k)),
			copied: t('help.draft.copied'),
			copyFailed: t('help.draft.copyFailed'),
		},
	};
}
