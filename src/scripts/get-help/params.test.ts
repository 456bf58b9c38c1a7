import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFlowParams, shorten } from './params.ts';

const filters = { product: ['Outlook', 'SharePoint'], audience: ['admin', 'user'] };
const articles = ['outlook-cannot-send', 'sign-in-problems'];
const parse = (q: string) => parseFlowParams(q, filters, articles);

describe('parseFlowParams', () => {
	it('accepts known values and keeps them in field order', () => {
		const r = parse('service=21vianet&role=admin&q=+mail+&step=2&product=Outlook');
		assert.deepEqual(r.errors, []);
		assert.equal(r.state.toString(), 'q=mail&product=Outlook&step=2&role=admin&service=21vianet');
	});
	it('reports an unknown value, with its raw text, and keeps the field empty', () => {
		const r = parse('role=hacker&topic=Billing&product=Teams');
		assert.deepEqual(r.errors, [
			{ field: 'product', code: 'unknown-value', raw: 'Teams' },
			{ field: 'role', code: 'unknown-value', raw: 'hacker' },
			{ field: 'topic', code: 'unknown-value', raw: 'Billing' },
		]);
		assert.equal(r.state.toString(), '');
	});
	it('reports a repeated parameter even when the values agree', () => {
		const r = parse('role=admin&role=user&step=2&step=2');
		assert.deepEqual(r.errors, [
			{ field: 'step', code: 'repeated', raw: '2, 2' },
			{ field: 'role', code: 'repeated', raw: 'admin, user' },
		]);
		assert.equal(r.state.has('role'), false);
	});
	it('takes several tried articles, drops duplicates, and reports unknown slugs', () => {
		const r = parse(
			'tried=outlook-cannot-send&tried=nope&tried=outlook-cannot-send&tried=sign-in-problems',
		);
		assert.deepEqual(r.tried, ['outlook-cannot-send', 'sign-in-problems']);
		assert.deepEqual(r.errors, [{ field: 'tried', code: 'tried', raw: 'nope' }]);
	});
	it('treats empty values as absent and ignores unknown names', () => {
		const r = parse('role=&q=&foo=bar&tried=');
		assert.deepEqual(r.errors, []);
		assert.equal(r.state.toString(), '');
	});
	it('cuts the search text to 200 characters', () => {
		assert.equal(parse(`q=${'x'.repeat(500)}`).state.get('q')?.length, 200);
	});
});

describe('shorten', () => {
	it('keeps short values and cuts long ones to 80 characters and an ellipsis', () => {
		assert.equal(shorten('abc'), 'abc');
		assert.equal(shorten('x'.repeat(300)), `${'x'.repeat(80)}…`);
		assert.equal([...shorten('😀'.repeat(100))].length, 81);
	});
});
