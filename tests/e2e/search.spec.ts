import { expect, FIRST_RESULTS_TIMEOUT, test } from './fixtures.ts';

const cases = [
	{
		locale: 'fi',
		word: 'myyntiä',
		expectPath: '/fi/21vianet/pre-sales/',
		foreign: ['/en/', '/zh-cn/'],
	},
	{
		locale: 'en',
		word: 'renewals',
		expectPath: '/en/21vianet/billing-and-subscriptions/',
		foreign: ['/fi/', '/zh-cn/'],
	},
	{
		locale: 'zh-cn',
		word: '售前',
		expectPath: '/zh-cn/21vianet/pre-sales/',
		foreign: ['/fi/', '/en/'],
	},
] as const;

for (const { locale, word, expectPath, foreign } of cases) {
	test.describe(`${locale}: header search`, () => {
		test(`finds ${expectPath} by "${word}" and shows no other language`, async ({ page }) => {
			await page.goto(`/${locale}/`);
			await page.locator('site-search [data-open]').click();
			const input = page.locator('site-search input[type="search"]');
			await expect(input).toBeFocused();
			await input.fill(word);
			const links = page.locator('site-search [data-results] > li > a');
			await expect(links.first()).toBeVisible({ timeout: FIRST_RESULTS_TIMEOUT });
			const hrefs = await links.evaluateAll((as) =>
				as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
			);
			expect(hrefs).toContain(expectPath);
			for (const prefix of foreign) expect(hrefs.every((h) => !h.startsWith(prefix))).toBe(true);
			await expect(page.locator('site-search [data-status]')).not.toBeEmpty();
		});
	});
}

test.describe('search dialog', () => {
	test('opens with the slash key, closes with Escape and returns focus', async ({ page }) => {
		await page.goto('/en/support-hours/');
		const opener = page.locator('site-search [data-open]');
		await expect(opener).toBeEnabled();
		await opener.focus();
		await page.keyboard.press('/');
		await expect(page.locator('site-search dialog')).toHaveAttribute('open', '');
		await expect(page.locator('site-search input[type="search"]')).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page.locator('site-search dialog')).not.toHaveAttribute('open', '');
		await expect(opener).toBeFocused();
	});

	test('keeps focus inside the dialog while it is open', async ({ page }) => {
		await page.goto('/en/');
		await page.locator('site-search [data-open]').click();
		for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
		const inside = await page.evaluate(() => document.activeElement?.closest('dialog') !== null);
		expect(inside).toBe(true);
	});

	test('shows the empty state for a query that matches nothing, as text', async ({ page }) => {
		await page.goto('/en/');
		await page.locator('site-search [data-open]').click();
		const odd = '<zzqqxx>&"zzqqyy"';
		await page.locator('site-search input[type="search"]').fill(odd);
		const status = page.locator('site-search [data-status]');
		await expect(status).toContainText(odd, { timeout: FIRST_RESULTS_TIMEOUT });
		await expect(page.locator('site-search zzqqxx')).toHaveCount(0);
	});
});

test.describe('header search offline', () => {
	// A failed fetch logs a network error in the console; the page itself must throw nothing.
	test.use({ allowedConsole: [/Failed to load resource/] });

	test('a dialog that cannot load opens nothing, and the next try opens it', async ({ page }) => {
		await page.goto('/en/');
		await page.route('**/search-strings.json', (route) => route.abort());
		const open = page.locator('site-search [data-open]');
		await open.click();
		await page.waitForTimeout(300);
		await expect(page.locator('site-search dialog')).not.toBeVisible();
		await page.unroute('**/search-strings.json');
		await open.click();
		await expect(page.locator('site-search dialog')).toBeVisible();
		await expect(page.locator('site-search input[type="search"]')).toBeFocused();
	});
});
