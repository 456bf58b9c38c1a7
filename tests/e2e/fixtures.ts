import { test as base, expect } from '@playwright/test';

/**
 * Every end-to-end test fails on an uncaught page error, a console error or a
 * Content Security Policy violation, whatever else it checks.
 */
export const test = base.extend<{ pageProblems: string[]; allowedConsole: RegExp[] }>({
	/** Console errors a test expects (a deliberate 404, say); nothing else is tolerated. */
	allowedConsole: [[], { option: true }],
	pageProblems: [
		async ({ page, allowedConsole }, use) => {
			const problems: string[] = [];
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			page.on('console', (message) => {
				if (message.type() === 'error' && !allowedConsole.some((re) => re.test(message.text())))
					problems.push(`console error: ${message.text()}`);
			});
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
				});
			});
			await use(problems);
			expect(problems, 'page errors, console errors or CSP violations').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };

/**
 * How long a test waits for the first search results: the first query loads Pagefind's code and
 * the language's index, which on CI's two busy cores can take well over the default five seconds.
 */
export const FIRST_RESULTS_TIMEOUT = 20_000;

/** Every slug of SUPPORT-POLICY section 5 (the public contract), without locale. */
export const CONTRACT_SLUGS = [
	'',
	'get-support',
	'21vianet',
	'21vianet/technical-support',
	'21vianet/billing-and-subscriptions',
	'21vianet/pre-sales',
	'severity-and-response-times',
	'support-hours',
	'contact-support',
	'shared-responsibilities',
	'self-help',
	'troubleshooting',
	'get-help',
] as const;

/** The site's locales with their `<html lang>` values. */
export const LOCALE_LANGS = { fi: 'fi', en: 'en', 'zh-cn': 'zh-CN' } as const;

/** The path of a slug in a locale. */
export const pathOf = (locale: string, slug: string) =>
	slug ? `/${locale}/${slug}/` : `/${locale}/`;
