import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium when present (Playwright cannot download a browser here), else Playwright's own. */
const executablePath =
	process.env['CHROMIUM_PATH'] ??
	(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env['E2E_PORT'] ?? 4322);
/** The built site to serve; parallel work builds into its own folder (OUT_DIR) and points here. */
const distDir = process.env['DIST_DIR'] ?? 'dist';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	// At least two: Playwright's default of half the cores gives CI's two cores one worker, while
	// the browser waits on the static server and the test runner often enough for two to gain.
	workers: Math.max(2, Math.floor(availableParallelism() / 2)),
	reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		// Serves the already built dist/ (npm test builds first).
		command: `node tests/tools/serve.mjs --port ${port} --dir ${distDir}`,
		url: `http://127.0.0.1:${port}/fi/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
