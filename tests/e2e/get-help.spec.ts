import type { Page } from '@playwright/test';
import { expect, FIRST_RESULTS_TIMEOUT, test } from './fixtures.ts';

const LOCALES = ['fi', 'en', 'zh-cn'] as const;
const SEARCH: Record<(typeof LOCALES)[number], string> = {
	fi: 'sähköposti',
	en: 'mail',
	'zh-cn': '邮件',
};

/** Searches, opens nothing, and says the search did not help. */
async function searchThenEscalate(page: Page, locale: (typeof LOCALES)[number]) {
	await page.goto(`/${locale}/get-help/`);
	const input = page.locator('#help-q');
	await expect(input).toBeEnabled();
	await expect(input).toBeFocused();
	await input.fill(SEARCH[locale]);
	await expect(page.locator('[data-results] > li').first()).toBeVisible({
		timeout: FIRST_RESULTS_TIMEOUT,
	});
	await page.locator('[data-still]').click();
	await expect(page.locator('#step-channel')).toBeFocused();
}

const choose = (page: Page, name: string, value: string) =>
	page.locator(`input[type="radio"][name="${name}"][value="${value}"]`).check();

for (const locale of LOCALES) {
	test.describe(`${locale}: get-help flow`, () => {
		test('a non-admin is sent to their admin, never to a phone number', async ({ page }) => {
			await searchThenEscalate(page, locale);
			await choose(page, 'role', 'user');
			const outcome = page.locator('[data-outcome="user"]');
			await expect(outcome).toBeVisible();
			await expect(outcome.locator(`a[href="/${locale}/self-help/"]`)).toBeVisible();
			await expect(page.locator('[data-step="2"] a[href^="tel:"]:visible')).toHaveCount(0);
			await expect(page.locator('[data-step="3"]')).toBeHidden();
		});

		test('a partner customer is sent to the partner', async ({ page }) => {
			await searchThenEscalate(page, locale);
			await choose(page, 'role', 'admin');
			await choose(page, 'service', 'partner');
			await expect(page.locator('[data-outcome="partner"]')).toBeVisible();
			await expect(page.locator('fieldset[data-field="topic"]')).toBeHidden();
			await expect(page.locator('[data-step="3"]')).toBeHidden();
		});

		test('a global admin gets the five online steps, phone hours and a draft', async ({ page }) => {
			await searchThenEscalate(page, locale);
			await choose(page, 'role', 'admin');
			await choose(page, 'service', 'global');
			await choose(page, 'topic', 'technical');
			const outcome = page.locator('[data-outcome="global"]');
			await expect(outcome).toBeVisible();
			await expect(outcome.locator('.steps ol > li')).toHaveCount(5);
			await expect(outcome.locator('[data-open-status="always"]')).not.toBeEmpty();
			// Choosing an option never moves focus (WCAG 3.2.2); the draft step appears below.
			await expect(page.locator('input[name="topic"][value="technical"]')).toBeFocused();
			await expect(page.locator('#step-draft')).toBeVisible();
			await expect(page.locator('[data-draft]')).toHaveValue(new RegExp(SEARCH[locale]));
			// Severity levels are 21Vianet's: the global flow does not compute one.
			await expect(page.getByTestId('severity-result')).toHaveCount(0);
		});

		test('a 21Vianet admin with a technical outage gets severity A and the commitments', async ({
			page,
		}) => {
			await searchThenEscalate(page, locale);
			await choose(page, 'role', 'admin');
			await choose(page, 'service', '21vianet');
			await choose(page, 'topic', 'technical');
			const outcome = page.locator('[data-outcome="21vianet-technical"]');
			await expect(outcome.locator('a[href="tel:+864000890365"]')).toBeVisible();
			await expect(outcome.locator('[data-open-status="technical"]')).not.toBeEmpty();
			// Severity A also needs the agreement and a person who works with 21Vianet throughout.
			for (const [name, value] of [
				['impact', 'down'],
				['scope', 'many'],
				['agreement', 'yes'],
				['resource', 'yes'],
			] as const) {
				await choose(page, name, value);
			}
			await expect(page.getByTestId('severity-result')).toHaveAttribute('data-severity', 'A');
			const draft = await page.locator('[data-draft]').inputValue();
			expect(draft).toContain(SEARCH[locale]);
			expect(draft.split('\n').filter((l) => l.startsWith('- ')).length).toBeGreaterThanOrEqual(3);
		});

		test('a 21Vianet admin with a billing question gets at most severity B', async ({ page }) => {
			await searchThenEscalate(page, locale);
			await choose(page, 'role', 'admin');
			await choose(page, 'service', '21vianet');
			await choose(page, 'topic', 'billing');
			await expect(page.locator('[data-outcome="21vianet-billing"]')).toBeVisible();
			for (const [name, value] of [
				['impact', 'down'],
				['scope', 'many'],
			] as const) {
				await choose(page, name, value);
			}
			await expect(page.getByTestId('severity-result')).toHaveAttribute('data-severity', 'B');
		});
	});
}

test.describe('get-help flow state', () => {
	test('searches a one-character Chinese word, as the header search does', async ({ page }) => {
		await page.goto('/zh-cn/get-help/');
		await page.locator('#help-q').fill('邮');
		await expect(page.locator('[data-results] > li').first()).toBeVisible({
			timeout: FIRST_RESULTS_TIMEOUT,
		});
	});

	test('keeps the search and the answers through a reload', async ({ page }) => {
		await searchThenEscalate(page, 'en');
		await choose(page, 'role', 'admin');
		await choose(page, 'service', '21vianet');
		await page.reload();
		await expect(page.locator('#help-q')).toHaveValue('mail');
		await expect(page.locator('input[name="service"][value="21vianet"]')).toBeChecked();
		await expect(page.locator('[data-step="2"]')).toBeVisible();
	});

	test('"this solved my problem" ends the flow with a thank-you', async ({ page }) => {
		await page.goto('/en/get-help/?q=password');
		await page.locator('[data-solved]').click();
		await expect(page.locator('[data-thanks]')).toBeVisible();
		await expect(page.locator('[data-step="2"]')).toBeHidden();
	});

	test('lists the articles the reader opened in the copied draft', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/en/get-help/?q=shared+mailbox');
		const first = page.locator('[data-results] > li > a').first();
		await expect(first).toBeVisible({ timeout: FIRST_RESULTS_TIMEOUT });
		const title = (await first.textContent()) ?? '';
		await first.click();
		await page.goBack();
		await page.locator('[data-still]').click();
		await choose(page, 'role', 'admin');
		await choose(page, 'service', 'global');
		await choose(page, 'topic', 'technical');
		await page.locator('[data-copy-draft]').click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain(title);
		expect(copied).toContain('shared mailbox');
		expect(copied).toBe(await page.locator('[data-draft]').inputValue());
	});
});

test.describe('404 pages', () => {
	test.use({ allowedConsole: [/status of 404/] });
	test('search with the words of the missing address', async ({ page }) => {
		await page.goto('/en/shared-mailbox-setup/');
		// The reader keeps the address they typed (not-found.spec.ts covers the rest).
		await expect(page).toHaveURL(/\/en\/shared-mailbox-setup\/$/);
		await expect(page.locator('not-found-search [data-results] a').first()).toBeVisible({
			timeout: FIRST_RESULTS_TIMEOUT,
		});
	});
});
