import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addHeadingAnchors } from './heading-anchors.ts';

test('links a listed h2 and h3 after the heading, inside one wrapper', () => {
	const html = '<p>a</p><h2 id="sign-in">Sign in</h2><p>b</p><h3 id="mfa">MFA</h3>';
	const out = addHeadingAnchors(html, new Set(['sign-in', 'mfa']));
	assert.equal(
		out,
		'<p>a</p><div class="heading-wrap level-2"><h2 id="sign-in">Sign in</h2>' +
			'<a class="heading-anchor" href="#sign-in" aria-labelledby="anchor-prefix sign-in"></a></div>' +
			'<p>b</p><div class="heading-wrap level-3"><h3 id="mfa">MFA</h3>' +
			'<a class="heading-anchor" href="#mfa" aria-labelledby="anchor-prefix mfa"></a></div>',
	);
});

test('leaves headings alone that are not listed, have no id, or are not h2/h3', () => {
	const html =
		'<h2 id="step-search" tabindex="-1">Step</h2><h2>No id</h2><h4 id="x">Deep</h4><h1 id="t">T</h1>';
	assert.equal(addHeadingAnchors(html, new Set(['x', 't'])), html);
});

test('keeps the heading and its markup as they are', () => {
	const html = '<h2 class="x" id="run">Run <code>Get-Mailbox &amp; more</code></h2>';
	const out = addHeadingAnchors(html, new Set(['run']));
	assert.ok(out.startsWith(`<div class="heading-wrap level-2">${html}<a `));
});

test('handles ids in other scripts', () => {
	const out = addHeadingAnchors('<h2 id="登录问题">登录问题</h2>', new Set(['登录问题']));
	assert.match(out, /href="#登录问题" aria-labelledby="anchor-prefix 登录问题"/);
});

test('an id with white space cannot be referenced, so it gets no link', () => {
	const html = '<h2 id="a b">A</h2>';
	assert.equal(addHeadingAnchors(html, new Set(['a b'])), html);
});
