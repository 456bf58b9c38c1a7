import assert from 'node:assert/strict';
import { test } from 'node:test';
import { currentSection } from './current-section.ts';

test('no section while the reader is above the first heading', () => {
	assert.equal(currentSection([300, 900, 1500], 240), -1);
	assert.equal(currentSection([], 240), -1);
});

test('the last heading that has passed the line is current', () => {
	assert.equal(currentSection([-800, -100, 200, 700], 240), 2);
	assert.equal(currentSection([-800, -100, 241, 700], 240), 1);
	assert.equal(currentSection([-3000, -2000, -1000], 240), 2);
});

test('a heading exactly on the line counts as reached', () => {
	assert.equal(currentSection([240, 900], 240), 0);
});
