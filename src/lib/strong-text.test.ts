import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hasPairedMarkers, plainText, strongRuns } from './strong-text.ts';

describe('strongRuns', () => {
	const cases = [
		{
			name: 'a string without markers is one plain run',
			text: 'Tee pyyntö hallintakeskuksessa.',
			runs: [{ text: 'Tee pyyntö hallintakeskuksessa.', strong: false }],
		},
		{
			name: 'a path: each label strong, the separator and the English bracket plain',
			text: '**Tuki** › **Uusi palvelupyyntö** (Support › New service request)',
			runs: [
				{ text: 'Tuki', strong: true },
				{ text: ' › ', strong: false },
				{ text: 'Uusi palvelupyyntö', strong: true },
				{ text: ' (Support › New service request)', strong: false },
			],
		},
		{
			name: 'a label inside a Chinese sentence keeps the full-width bracket plain',
			text: '选择页面右下角的**帮助和支持**（Help & support）。',
			runs: [
				{ text: '选择页面右下角的', strong: false },
				{ text: '帮助和支持', strong: true },
				{ text: '（Help & support）。', strong: false },
			],
		},
		{
			name: 'an unpaired marker never shows: the whole text is plain, markers removed',
			text: 'Valitse **Ohje ja tuki (Help & support).',
			runs: [{ text: 'Valitse Ohje ja tuki (Help & support).', strong: false }],
		},
		{
			name: 'the empty string has no runs',
			text: '',
			runs: [],
		},
	];
	for (const c of cases) {
		it(c.name, () => assert.deepEqual(strongRuns(c.text), c.runs));
	}
});

describe('plainText', () => {
	it('removes the label markers and keeps the words', () => {
		assert.equal(
			plainText('**Tuki** › **Uusi palvelupyyntö** (Support › New service request)'),
			'Tuki › Uusi palvelupyyntö (Support › New service request)',
		);
	});
	it('passes each label through the given form (Chinese quotes what it cannot bold)', () => {
		assert.equal(
			plainText(
				'选择**支持** › **新建服务请求**（Support › New service request）',
				(l) => `“${l}”`,
			),
			'选择“支持” › “新建服务请求”（Support › New service request）',
		);
	});
	it('drops an unpaired marker instead of showing it', () => {
		assert.equal(
			plainText('**Tuki › Uusi', (l) => `“${l}”`),
			'Tuki › Uusi',
		);
	});
});

describe('hasPairedMarkers', () => {
	const cases = [
		{ name: 'no markers', text: 'Help & support', ok: true },
		{ name: 'two labels', text: '**Help & support** › **Contact support**', ok: true },
		{ name: 'an odd marker', text: '**Help & support › Contact support', ok: false },
		{ name: 'an empty label', text: 'Select ****.', ok: false },
		{ name: 'a label across lines', text: '**Help\n& support**', ok: false },
	];
	for (const c of cases) {
		it(`${c.name}: ${c.ok}`, () => assert.equal(hasPairedMarkers(c.text), c.ok));
	}
});
