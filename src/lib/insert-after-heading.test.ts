import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { insertAfterHeading } from './insert-after-heading.ts';

describe('insertAfterHeading', () => {
	const body = '<h2 id="a">A</h2><p>1</p><h2 id="b">B</h2><p>2</p>';
	const cases: [string, string, string, number, string][] = [
		[
			'opens the second section with the note, under its heading',
			body,
			'<p>N</p>',
			2,
			'<h2 id="a">A</h2><p>1</p><h2 id="b">B</h2><p>N</p><p>2</p>',
		],
		[
			'opens the first section when asked',
			body,
			'<p>N</p>',
			1,
			'<h2 id="a">A</h2><p>N</p><p>1</p><h2 id="b">B</h2><p>2</p>',
		],
		[
			'keeps a heading with markup inside it whole',
			'<h2 id="a">A <a href="#a">#</a></h2><p>1</p>',
			'<p>N</p>',
			1,
			'<h2 id="a">A <a href="#a">#</a></h2><p>N</p><p>1</p>',
		],
		['appends it when the page has fewer sections', body, '<p>N</p>', 3, `${body}<p>N</p>`],
		['leaves the page as it is for an empty note', body, '', 2, body],
		[
			'does not take an h3 or a word starting h2 for a section',
			'<h3>x</h3><h2x>y</h2x><h2>A</h2><p>1</p>',
			'<p>N</p>',
			1,
			'<h3>x</h3><h2x>y</h2x><h2>A</h2><p>N</p><p>1</p>',
		],
	];
	for (const [name, html, snippet, nth, want] of cases) {
		it(name, () => assert.equal(insertAfterHeading(html, snippet, nth), want));
	}
});
