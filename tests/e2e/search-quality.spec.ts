import { readFileSync } from 'node:fs';
import { expect, FIRST_RESULTS_TIMEOUT, test } from './fixtures.ts';
import { headerSearch } from './header-search.ts';

/**
 * A regression net over the search-quality questions (tests/search-quality, measured in full by
 * `npm run bench:search`): ten per locale, typed into the header search, which runs the same
 * pipeline as get-help and the 404 page. Each must show one of its pages in the top three.
 */
const SUBSET: Record<string, string[]> = {
	en: [
		'how do I stop a users password from expiring',
		"outlook won't send",
		'emails not arriving',
		'question about my invoice',
		'cant login',
		'forgot my password',
		'give my assistant access to my inbox',
		'teams is down for everyone',
		'invite a guest to sharepoint',
		'new users not syncing from active directory',
	],
	fi: [
		'sähköposti ei lähde',
		'miten lisään vieraan sharepointiin',
		'en pääse kirjautumaan',
		'salasana vanhentunut',
		'unohin salasanani',
		'yhteinen sähköposti tiimille',
		'postin uudelleenohjaus gmailiin',
		'teams ei toimi kenelläkään',
		'miten asennan officen',
		'lasku',
	],
	'zh-cn': [
		'如何添加外部用户',
		'收不到邮件',
		'无法登录',
		'忘记密码了怎么办',
		'共享邮箱在Outlook里看不到',
		'账号被锁了怎么办',
		'邮件自动转发到qq邮箱',
		'sharepoint网站打不开',
		'怎么装office',
		'发票',
	],
};

for (const [locale, queries] of Object.entries(SUBSET)) {
	const questions = JSON.parse(
		readFileSync(new URL(`../search-quality/questions.${locale}.json`, import.meta.url), 'utf8'),
	) as Array<{ q: string; slugs: string[] }>;
	test(`${locale}: search quality: each question shows its page in the top three`, async ({
		page,
	}) => {
		test.setTimeout(120_000);
		const topThree = await headerSearch(page, locale);
		for (const query of queries) {
			const question = questions.find((q) => q.q === query);
			expect(question, `"${query}" is one of the benchmark questions`).toBeDefined();
			const top = await topThree(query);
			const wanted = question!.slugs.map((s) => `/${locale}/${s}/`);
			expect
				.soft(
					top.filter((u) => wanted.includes(u)),
					`"${query}": top three ${top.join(' ')}`,
				)
				.not.toEqual([]);
			expect
				.soft(
					top.every((u) => u.startsWith(`/${locale}/`)),
					`"${query}" stays in ${locale}`,
				)
				.toBe(true);
		}
	});
}

test.describe('search index', () => {
	test('keeps each language in its own index', async ({ page }) => {
		for (const locale of ['fi', 'en', 'zh-cn']) {
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
			}, 'Microsoft');
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
		'ＳｈａｒｅＰｏｉｎｔ',
	]) {
		test(`get-help shows results or the empty state for odd input ${JSON.stringify(odd.slice(0, 20))}`, async ({
			page,
		}) => {
			await page.goto('/en/get-help/');
			await page.locator('#help-q').fill(odd);
			const status = page.locator('[data-search-status]');
			await expect(status).not.toHaveText('');
			await expect(status).not.toHaveText(/Searching/, { timeout: FIRST_RESULTS_TIMEOUT });
			await expect(page.locator('get-help-flow script')).toHaveCount(0);
		});

		test(`header search shows results or the empty state for odd input ${JSON.stringify(odd.slice(0, 20))}`, async ({
			page,
		}) => {
			await page.goto('/zh-cn/');
			await page.locator('site-search [data-open]').click();
			await page.locator('site-search input[type="search"]').fill(odd);
			const status = page.locator('site-search [data-status]');
			await expect(status).not.toHaveText('');
			await expect(status).not.toHaveText(/正在搜索/, { timeout: FIRST_RESULTS_TIMEOUT });
			await expect(page.locator('site-search [data-results] script')).toHaveCount(0);
			const hrefs = await page
				.locator('site-search [data-results] > li > a')
				.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			expect(hrefs.every((h) => h.startsWith('/zh-cn/'))).toBe(true);
		});
	}
});
