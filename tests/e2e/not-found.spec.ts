import { expect, FIRST_RESULTS_TIMEOUT, test } from './fixtures.ts';

// The server answers a missing address with 404.html; the browser logs that status.
test.use({ allowedConsole: [/status of 404/] });

/** The suggestion links of the 404 page, as paths. */
async function suggestions(page: import('@playwright/test').Page): Promise<string[]> {
	const links = page.locator('not-found-search [data-results] a');
	await expect(links.first()).toBeVisible({ timeout: FIRST_RESULTS_TIMEOUT });
	// Suggestions by similarity come first; the search adds its hits when it has loaded.
	await expect(links)
		.toHaveCount(5, { timeout: 15_000 })
		.catch(() => undefined);
	return links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test.describe('404 page', () => {
	test('shows the mistyped address and suggests the page it means first', async ({ page }) => {
		await page.goto('/en/troubleshoting/shared-mailbx/');
		const hrefs = await suggestions(page);
		expect(hrefs[0]).toBe('/en/troubleshooting/shared-mailbox/');
		await expect(page.locator('not-found-search [data-missing]')).toHaveText(
			'/en/troubleshoting/shared-mailbx/',
		);
		expect(new URL(page.url()).pathname).toBe('/en/troubleshoting/shared-mailbx/');
		await expect(page.locator('not-found-search [data-status]')).not.toBeEmpty();
	});

	test('suggests a password article for a Finnish word in the address', async ({ page }) => {
		await page.goto('/fi/troubleshooting/salasana/');
		const hrefs = await suggestions(page);
		expect(hrefs.slice(0, 3)).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/^\/fi\/troubleshooting\/(reset-your-password|password-never-expire)\/$/,
				),
			]),
		);
	});

	test('suggests SharePoint articles for a misspelt Chinese-site address', async ({ page }) => {
		await page.goto('/zh-cn/troubleshooting/sharepiont/');
		const hrefs = await suggestions(page);
		expect(hrefs[0]).toMatch(/^\/zh-cn\/troubleshooting\/sharepoint-/);
		expect(hrefs.every((h) => h.startsWith('/zh-cn/'))).toBe(true);
	});

	for (const [typed, real] of [
		['/EN/get-help', '/en/get-help/'],
		['/en/Troubleshooting/Shared-Mailbox/', '/en/troubleshooting/shared-mailbox/'],
		['/ZH-CN/', '/zh-cn/'],
	] as const) {
		test(`sends ${typed} to the real page ${real}`, async ({ page }) => {
			await page.goto(typed);
			await expect(page).toHaveURL((url) => url.pathname === real);
			await expect(page.locator('h1')).not.toHaveText(/not found/i);
		});
	}

	test('shows an odd address as text and never leaves the site', async ({ page, baseURL }) => {
		await page.goto('/en/404/?missing=%2F%2Fexample.com%2F%3Cb%3Ex');
		expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
		await expect(page.locator('not-found-search [data-address]')).toBeHidden();
		await page.goto('/en/%3Cimg%20src%3Dx%3E/');
		await expect(page.locator('not-found-search [data-missing]')).toHaveText(/img/);
		await expect(page.locator('not-found-search img')).toHaveCount(0);
	});
});
