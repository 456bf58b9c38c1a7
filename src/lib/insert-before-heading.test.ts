import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { insertBeforeHeading } from './insert-before-heading.ts';

describe('insertBeforeHeading', () => {
	const body = '<h2 id="a">A</h2><p>1</p><h2 id="b">B</h2><p>2</p>';
	const cases: [string, string, string, number, string][] = [
		[
			'places the note before the second section, after the first',
			body,
			'<p>N</p>',
			2,
			'<h2 id="a">A</h2><p>1</p><p>N</p><h2 id="b">B</h2><p>2</p>',
		],
		[
			'places it before the first section when asked',
			body,
			'<p>N</p>',
			1,
			'<p>N</p><h2 id="a">A</h2><p>1</p><h2 id="b">B</h2><p>2</p>',
		],
		['appends it when the page has fewer sections', body, '<p>N</p>', 3, `${body}<p>N</p>`],
		['leaves the page as it is for an empty note', body, '', 2, body],
		[
			'does not take an h3 or a word starting h2 for a section',
			'<h3>x</h3><h2x>y</h2x><h2>A</h2>',
			'<p>N</p>',
			1,
			'<h3>x</h3><h2x>y</h2x><p>N</p><h2>A</h2>',
		],
	];
	for (const [name, html, snippet, nth, want] of cases) {
		it(name, () => assert.equal(insertBeforeHeading(html, snippet, nth), want));
	}
});
