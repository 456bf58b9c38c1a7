import { expect, test } from './fixtures.ts';

const PAGE = 'severity-and-response-times/';
const LOCALES = ['fi', 'en', 'zh-cn'] as const;

test.use({ timezoneId: 'Europe/Helsinki' });

for (const locale of LOCALES) {
	const url = (query: string) => `/${locale}/${PAGE}?${query}`;

	test.describe(`${locale}: calculator from a link`, () => {
		test('computes severity A due one hour later, across Beijing midnight', async ({ page }) => {
			// 23:30 Beijing time on Tuesday 24 November 2026.
			await page.goto(
				url(
					'type=technical&impact=down&scope=many&agreement=yes&resource=yes&at=2026-11-24T15:30:00Z',
				),
			);
			const result = page.getByTestId('severity-result');
			await expect(result).toHaveAttribute('data-severity', 'A');
			const due = page.getByTestId('first-response-due');
			await expect(due).toHaveAttribute('datetime', '2026-11-24T16:30:00Z');
			await expect(due).toContainText(/(?<!\d)0?0[:.]30/); // Beijing, the next day (Finnish writes 0.30)
			await expect(due).toContainText(/18[:.]30/); // Helsinki, UTC+2 in November
			await expect(due).toContainText('Europe/Helsinki');
		});

		test('lowers A to B without an agreement and says why', async ({ page }) => {
			await page.goto(
				url(
					'type=technical&impact=down&scope=many&agreement=no&resource=no&at=2026-11-24T02:00:00Z',
				),
			);
			const result = page.getByTestId('severity-result');
			await expect(result).toHaveAttribute('data-severity', 'B');
			const reasons = result.locator('ul').first().locator('li');
			await expect(reasons).toHaveCount(2);
			// One lead says what happened; each reason is its own sentence, so the draft can quote
			// them after its own "why not A" without "Lowered to B:" twice (fi review 19).
			const lead = (await result.getByTestId('lowered').textContent()) ?? '';
			expect(lead).toContain('B');
			for (const reason of await reasons.allTextContents()) expect(reason).not.toContain(lead);
			// Tuesday 10:00 Beijing + one support window = Wednesday 10:00 Beijing.
			await expect(page.getByTestId('first-response-due')).toHaveAttribute(
				'datetime',
				'2026-11-25T02:00:00Z',
			);
		});

		test('rolls a Friday 17:00 billing request to Monday 17:00', async ({ page }) => {
			await page.goto(
				url(
					'type=billing&impact=degraded&scope=one&agreement=yes&resource=yes&at=2026-11-27T09:00:00Z',
				),
			);
			await expect(page.getByTestId('severity-result')).toHaveAttribute('data-severity', 'B');
			await expect(page.getByTestId('first-response-due')).toHaveAttribute(
				'datetime',
				'2026-11-30T09:00:00Z',
			);
		});

		test('rejects an unknown value next to its field, as text, with no result', async ({
			page,
		}) => {
			await page.goto(
				url('type=%3Cimg%20src%3Dx%3E&impact=down&scope=many&agreement=yes&resource=yes'),
			);
			const error = page.locator('fieldset[data-field="type"]').getByTestId('input-error');
			await expect(error).toBeVisible();
			await expect(error).toContainText('<img src=x>');
			await expect(page.locator('severity-calculator img')).toHaveCount(0);
			await expect(page.getByTestId('severity-result')).toHaveCount(0);
			await expect(page.locator('fieldset[data-field="type"]')).toHaveAttribute(
				'aria-invalid',
				'true',
			);
		});

		test('rejects an impossible date and a date without an offset', async ({ page }) => {
			const answers = 'type=technical&impact=minor&scope=one&agreement=no&resource=no';
			await page.goto(url(`${answers}&at=2026-02-30T10:00:00Z`));
			const atError = page.locator('[data-field="at"]').getByTestId('input-error');
			await expect(atError).toContainText('2026-02-30T10:00:00Z');
			await expect(page.getByTestId('severity-result')).toHaveCount(0);
			await page.goto(url(`${answers}&at=2026-11-24T10:00`));
			await expect(atError).toContainText('2026-11-24T10:00');
			await expect(page.getByTestId('severity-result')).toHaveCount(0);
		});

		test('lists the answers a link leaves out, without red errors', async ({ page }) => {
			await page.goto(url('type=technical&impact=down'));
			await expect(page.getByTestId('input-error')).toHaveCount(0);
			const legend = await page.locator('fieldset[data-field="scope"] legend').textContent();
			await expect(page.locator('[data-result]')).toContainText(legend!.trim());
			await expect(page.getByTestId('severity-result')).toHaveCount(0);
		});
	});
}

test.describe('calculator in use', () => {
	test('updates the link as the reader answers, without adding history entries', async ({
		page,
	}) => {
		await page.goto('/en/severity-and-response-times/');
		const length = await page.evaluate(() => history.length);
		await page.getByLabel('Billing and subscription management').check();
		await page.getByLabel('Unavailable or unusable').check();
		await page.getByLabel('Many users or services').check();
		// Billing is at most B: the agreement and the named person cannot change it, so are not asked.
		await expect(page.locator('fieldset[data-field="agreement"] input').first()).toBeDisabled();
		await expect(page).toHaveURL(/\?type=billing&impact=down&scope=many$/);
		expect(await page.evaluate(() => history.length)).toBe(length);
		const result = page.getByTestId('severity-result');
		await expect(result).toHaveAttribute('data-severity', 'B');
		await expect(page.locator('#calc-link')).toHaveValue(/type=billing&impact=down/);
	});

	test('takes the opening time from the date field in the reader’s zone', async ({ page }) => {
		await page.goto(
			'/en/severity-and-response-times/?type=technical&impact=minor&scope=one&agreement=no&resource=no',
		);
		// 21:00 in Helsinki (UTC+2) = 03:00 Beijing on 25 Nov: C starts at 09:00 and takes three windows.
		await page.locator('#calc-at').fill('2026-11-24T21:00');
		await expect(page).toHaveURL(/&at=2026-11-24T19:00:00Z$/);
		await expect(page.getByTestId('first-response-due')).toHaveAttribute(
			'datetime',
			'2026-11-27T16:00:00Z',
		);
	});

	test('can be answered with the keyboard alone', async ({ page }) => {
		await page.goto('/en/severity-and-response-times/');
		await page.locator('input[name="type"][value="technical"]').focus();
		await page.keyboard.press('Space');
		for (const field of ['impact', 'scope', 'agreement', 'resource']) {
			await page.keyboard.press('Tab');
			await expect(page.locator(`fieldset[data-field="${field}"] input`).first()).toBeFocused();
			await page.keyboard.press('Space');
		}
		await expect(page.getByTestId('severity-result')).toHaveAttribute('data-severity', 'A');
	});

	test('copies the link to the result', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(
			'/en/severity-and-response-times/?type=technical&impact=degraded&scope=one&agreement=no&resource=no&at=2026-11-24T02:00:00Z',
		);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.locator('[data-copy-status]')).toHaveText('Link copied.');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('at=2026-11-24T02:00:00Z');
	});

	test('shows the controls disabled and a note when JavaScript is off', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/en/severity-and-response-times/');
		await expect(page.locator('severity-calculator input[type="radio"]').first()).toBeDisabled();
		await context.close();
	});
});
