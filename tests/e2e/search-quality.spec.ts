import { expect, test } from './fixtures.ts';

/** Realistic queries per locale and the page a reader expects in the top three results. */
const QUERIES: Record<string, Array<[string, string]>> = {
	en: [
		['shared mailbox', 'troubleshooting/shared-mailbox'],
		['autodiscover', 'troubleshooting/autodiscover'],
		['password never expires', 'troubleshooting/password-never-expire'],
		['guest access sharepoint', 'troubleshooting/sharepoint-external-users'],
		["can't sign in", 'troubleshooting/sign-in-problems'],
		['forgot password', 'troubleshooting/reset-your-password'],
		['email not arriving', 'troubleshooting/mail-flow-outage'],
		['install office', 'troubleshooting/microsoft-365-apps-install'],
		['invoice', '21vianet/billing-and-subscriptions'],
		['severity', 'severity-and-response-times'],
	],
	fi: [
		['jaettu postilaatikko', 'troubleshooting/shared-mailbox'],
		['postilaatikoiden siirto', 'troubleshooting/exchange-mailbox-migration'],
		['salasana ei vanhene', 'troubleshooting/password-never-expire'],
		['kertakirjautuminen', 'troubleshooting/single-sign-on'],
		['ulkoiset käyttäjät', 'troubleshooting/sharepoint-external-users'],
		['en pääse kirjautumaan', 'troubleshooting/sign-in-problems'],
		['unohdin salasanan', 'troubleshooting/reset-your-password'],
		['sähköpostin edelleenlähetys', 'troubleshooting/mail-forwarding'],
		['laskutus', '21vianet/billing-and-subscriptions'],
		['vakavuustaso', 'severity-and-response-times'],
	],
	'zh-cn': [
		['共享邮箱', 'troubleshooting/shared-mailbox'],
		['单点登录', 'troubleshooting/single-sign-on'],
		['单一登录', 'troubleshooting/single-sign-on'],
		['密码永不过期', 'troubleshooting/password-never-expire'],
		['自动发现', 'troubleshooting/autodiscover'],
		['外部用户', 'troubleshooting/sharepoint-external-users'],
		['无法登录', 'troubleshooting/sign-in-problems'],
		['邮件转发', 'troubleshooting/mail-forwarding'],
		['账单', '21vianet/billing-and-subscriptions'],
		['严重级别', 'severity-and-response-times'],
	],
};

for (const [locale, queries] of Object.entries(QUERIES)) {
	test.describe(`${locale}: search quality`, () => {
		for (const [query, slug] of queries) {
			test(`"${query}" finds ${slug} in the top three`, async ({ page }) => {
				await page.goto(`/${locale}/`);
				const urls = await page.evaluate(async (q) => {
					const url = '/pagefind/pagefind.js'; // a variable: resolved by the browser, not by TypeScript
					const pagefind = await import(url);
					await pagefind.init();
					const search = await pagefind.search(q);
					const top = await Promise.all(
						search.results.slice(0, 3).map((r: { data(): Promise<{ url: string }> }) => r.data()),
					);
					return top.map((d: { url: string }) => d.url);
				}, query);
				expect(urls).toContain(`/${locale}/${slug}/`);
			});
		}
	});
}

test.describe('search index', () => {
	test('keeps each language in its own index', async ({ page }) => {
		for (const [locale, word] of [
			['fi', 'Microsoft'],
			['en', 'Microsoft'],
			['zh-cn', 'Microsoft'],
		]) {
			await page.goto(`/${locale}/`);
			const urls = await page.evaluate(async (q) => {
				const url = '/pagefind/pagefind.js'; // a variable: resolved by the browser, not by TypeScript
				const pagefind = await import(url);
				await pagefind.init();
				const search = await pagefind.search(q);
				const all = await Promise.all(
					search.results.map((r: { data(): Promise<{ url: string }> }) => r.data()),
				);
				return all.map((d: { url: string }) => d.url);
			}, word);
			expect(urls.length).toBeGreaterThan(10);
			expect(urls.filter((u: string) => !u.startsWith(`/${locale}/`))).toEqual([]);
		}
	});

	for (const odd of [
		'x'.repeat(1000),
		'!!!???...',
		'<script>alert(1)</script>',
		'😀🔥',
		'mailbox 邮箱 postilaatikko',
	]) {
		test(`shows results or the empty state for odd input ${JSON.stringify(odd.slice(0, 20))}`, async ({
			page,
		}) => {
			await page.goto('/en/get-help/');
			await page.locator('#help-q').fill(odd);
			const status = page.locator('[data-search-status]');
			await expect(status).not.toHaveText('');
			await expect(status).not.toHaveText(/Searching/);
			await expect(page.locator('get-help-flow script')).toHaveCount(0);
		});
	}
});
