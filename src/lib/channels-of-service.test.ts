import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { channelsOfService } from './channels-of-service.ts';

const channels = [
	{ id: 'global-online', service: 'global' },
	{ id: 'partner', service: 'both' },
	{ id: 'china-online', service: '21vianet' },
	{ id: 'china-phone', service: '21vianet' },
	{ id: 'global-phone', service: 'global' },
] as const;

describe('channelsOfService', () => {
	const cases: Array<[string, 'global' | '21vianet', string[]]> = [
		[
			'lists the service’s own channels in policy order, then the shared one',
			'global',
			['global-online', 'global-phone', 'partner'],
		],
		[
			'puts a shared channel listed before a service’s channels after them',
			'21vianet',
			['china-online', 'china-phone', 'partner'],
		],
	];
	for (const [name, service, ids] of cases) {
		it(name, () => {
			assert.deepEqual(
				channelsOfService(channels, service).map((c) => c.id),
				ids,
			);
		});
	}

	it('leaves out the other service’s channels', () => {
		assert.deepEqual(channelsOfService([{ service: 'global' }], '21vianet'), []);
	});
});
