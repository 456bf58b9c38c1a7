import { readFileSync } from 'node:fs';
import { CONTRACT_SLUGS, LOCALE_LANGS, expect, pathOf, test } from './fixtures.ts';

for (const [locale, lang] of Object.entries(LOCALE_LANGS)) {
	test.describe(`${locale}: contract pages`, () => {
		for (const slug of CONTRACT_SLUGS) {
			test(`serves /${locale}/${slug} with lang ${lang}`, async ({ page }) => {
				const response = await page.goto(pathOf(locale, slug));
				expect(response?.status()).toBe(200);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(page.locator('h1')).toHaveCount(1);
				await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveCount(1);
				await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
					'href',
					new RegExp(`${pathOf(locale, slug)}$`),
				);
			});
		}
	});
}

test.describe('language switcher', () => {
	test('keeps the reader on the same page', async ({ page }) => {
		await page.goto('/fi/21vianet/pre-sales/');
		await page.locator('.lang-select a[hreflang="zh-CN"]').click();
		await expect(page).toHaveURL(/\/zh-cn\/21vianet\/pre-sales\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await page.locator('.lang-select a[hreflang="en"]').click();
		await expect(page).toHaveURL(/\/en\/21vianet\/pre-sales\/$/);
	});

	test('marks the current language', async ({ page }) => {
		await page.goto('/en/support-hours/');
		await expect(page.locator('.lang-select a[hreflang="en"]')).toHaveAttribute(
			'aria-current',
			'true',
		);
		await expect(page.locator('.lang-select a[aria-current]')).toHaveCount(1);
	});
});

test.describe('theme switch', () => {
	test('applies the chosen theme and remembers it across pages', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/en/');
		const select = page.getByLabel('Theme');
		await expect(select).toBeEnabled();
		await select.selectOption('dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.goto('/en/support-hours/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page.getByLabel('Theme')).toHaveValue('dark');
	});

	test('follows the system when set to follow it', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/fi/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.emulateMedia({ colorScheme: 'light' });
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	});
});

test.describe('root page', () => {
	for (const [accept, expected] of [
		['en-GB,en;q=0.9', '/en/'],
		['zh-CN,zh;q=0.9', '/zh-cn/'],
		['fi-FI', '/fi/'],
		['de-DE', '/fi/'],
	] as const) {
		test(`sends a browser preferring ${accept} to ${expected}`, async ({ browser }) => {
			const context = await browser.newContext({ locale: accept.split(',')[0] ?? accept });
			const page = await context.newPage();
			await page.goto('/');
			await expect(page).toHaveURL(new RegExp(`${expected}$`));
			await context.close();
		});
	}

	test('shows links to all three languages without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		for (const locale of ['fi', 'en', 'zh-cn']) {
			await expect(page.locator(`a[href="/${locale}/"]`)).toBeVisible();
		}
		await context.close();
	});
});

test.describe('not found', () => {
	test.use({ allowedConsole: [/status of 404/] });
	test('sends a missing English page to the English 404 page', async ({ page }) => {
		const response = await page.goto('/en/no-such-page/');
		expect(response?.status()).toBe(404);
		// The English 404 page answers, and the address bar keeps what the reader typed.
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('h1')).toHaveText('Page not found');
		await expect(page).toHaveURL(/\/en\/no-such-page\/$/);
	});
});

test.describe('keyboard', () => {
	test('opens the narrow-screen menu from the keyboard, and Escape closes it', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/en/support-hours/');
		const sidebar = page.locator('#site-sidebar');
		await expect(sidebar).toBeHidden();
		await page.keyboard.press('Tab'); // skip link
		await page.keyboard.press('Tab'); // menu button
		const button = page.locator('menu-toggle button');
		await expect(button).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expect(sidebar).toBeVisible();
		await expect(sidebar.locator('a').first()).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(sidebar).toBeHidden();
		await expect(button).toBeFocused();
	});

	test('the skip link moves focus to the content', async ({ page }) => {
		await page.goto('/fi/contact-support/');
		await page.keyboard.press('Tab');
		const skip = page.locator('.skip-link');
		await expect(skip).toBeFocused();
		await expect(skip).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page.locator('main#content')).toBeFocused();
	});
});

test.describe('facts from the policy data', () => {
	test('pages show the phone number and hours the data file holds', async ({ page }) => {
		const policy = JSON.parse(
			readFileSync(new URL('../../content/policy/support-policy.json', import.meta.url), 'utf8'),
		) as { phones: Record<string, { display: string; tel: string }> };
		const phone = policy.phones['21vianet']!;
		for (const locale of ['fi', 'en', 'zh-cn']) {
			await page.goto(`/${locale}/contact-support/`);
			await expect(page.locator(`main a[href="tel:${phone.tel}"]`).first()).toHaveText(
				phone.display,
			);
		}
	});
});
