import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatMessage, formatPlural } from './format-message.ts';

describe('formatMessage', () => {
	it('fills named placeholders', () => {
		assert.equal(formatMessage('Hello {{name}}!', { name: 'Aino' }), 'Hello Aino!');
	});
	it('leaves unknown placeholders in place', () => {
		assert.equal(formatMessage('{{a}} {{b}}', { a: 1 }), '1 {{b}}');
	});
	it('does not treat inherited properties as values', () => {
		assert.equal(formatMessage('{{toString}}', {}), '{{toString}}');
	});
	it('inserts values literally, even ones that look like placeholders or markup', () => {
		assert.equal(formatMessage('“{{q}}”', { q: '<b>{{q}}</b>' }), '“<b>{{q}}</b>”');
	});
});

describe('formatPlural', () => {
	const fi = { one: '{{count}} tulos', other: '{{count}} tulosta' };
	it('uses the Finnish singular for one', () => {
		assert.equal(formatPlural(fi, 1, 'fi'), '1 tulos');
	});
	it('uses the Finnish plural for zero and many', () => {
		assert.equal(formatPlural(fi, 0, 'fi'), '0 tulosta');
		assert.equal(formatPlural(fi, 12, 'fi'), '12 tulosta');
	});
	it('uses the only Chinese form for every count', () => {
		assert.equal(formatPlural({ other: '{{count}} 个结果' }, 1, 'zh-CN'), '1 个结果');
	});
	it('formats the count for the locale', () => {
		assert.equal(
			formatPlural({ one: '{{count}} result', other: '{{count}} results' }, 1200, 'en'),
			'1,200 results',
		);
	});
});
