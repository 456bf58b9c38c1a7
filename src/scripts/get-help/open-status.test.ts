import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import policy from '../../../content/policy/support-policy.json' with { type: 'json' };
import { LOCAL_HOURS, openStatusText, type OpenStatusConfig } from './open-status.ts';

const config: OpenStatusConfig = {
	lang: 'en',
	beijingZone: 'Asia/Shanghai',
	schedules: policy.schedules,
	localHours: { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' },
	status: {
		open: 'OPEN',
		always: 'ALWAYS',
		closed: 'CLOSED {{beijing}} | {{local}}',
		closedLocal: 'CLOSED-LOCAL {{local}}',
	},
};
const at = (iso: string) => new Date(iso);

describe('openStatusText', () => {
	it('says "around the clock" for severity A, whatever the time', () => {
		assert.equal(
			openStatusText('always', at('2026-11-29T20:19:00Z'), config, 'Europe/Helsinki'),
			'ALWAYS',
		);
	});
	it('closes technical B/C at 04:19 Beijing and opens them at 09:00 Beijing', () => {
		const text = openStatusText('technical', at('2026-11-29T20:19:00Z'), config, 'UTC');
		assert.equal(text, 'CLOSED Mon, Nov 30, 2026, 09:00 | Mon, Nov 30, 2026, 01:00');
		assert.equal(openStatusText('technical', at('2026-11-30T01:00:00Z'), config, 'UTC'), 'OPEN');
	});
	it('keeps billing closed on National Day 2026 and opens it on Thursday 8 October', () => {
		const text = openStatusText('chinaBusiness', at('2026-10-01T02:00:00Z'), config, 'UTC');
		assert.match(text ?? '', /^CLOSED Thu, Oct 8, 2026, 09:00/);
	});

	const localCases = [
		{ zone: 'Europe/Helsinki', iso: '2026-11-30T08:00:00Z', want: 'OPEN' },
		{
			zone: 'Europe/Helsinki',
			iso: '2026-11-30T06:00:00Z',
			want: 'CLOSED-LOCAL Mon, Nov 30, 2026, 09:00',
		},
		{
			zone: 'Asia/Shanghai',
			iso: '2026-11-29T12:00:00Z',
			want: 'CLOSED-LOCAL Mon, Nov 30, 2026, 09:00',
		},
		{ zone: 'UTC', iso: '2026-11-29T12:00:00Z', want: 'CLOSED-LOCAL Mon, Nov 30, 2026, 09:00' },
	];
	for (const { zone, iso, want } of localCases) {
		it(`gives the reader-local hours on the reader's own clock only (${zone}, ${iso})`, () => {
			assert.equal(openStatusText(LOCAL_HOURS, at(iso), config, zone), want);
		});
	}
	it('says nothing for an unknown schedule', () => {
		assert.equal(openStatusText('nope', at('2026-11-29T12:00:00Z'), config, 'UTC'), undefined);
	});
});
