// A small static file server for dist/, as a static host or CDN would serve it:
// directory index pages, a redirect to the trailing-slash URL, dist/404.html with
// status 404 for anything missing, text compressed with gzip for clients that accept it.
// Used by `npm start`, the end-to-end tests and the benchmark (Lighthouse then measures
// the transfer a real host would make, not the raw files).
// Usage: node tests/tools/serve.mjs [--port 4321] [--host 127.0.0.1] [--dir dist]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4321' },
		host: { type: 'string', default: '127.0.0.1' },
		dir: { type: 'string', default: 'dist' },
	},
});
const root = resolve(values.dir);
if (!existsSync(join(root, 'index.html'))) {
	console.error(`serve: ${root}/index.html not found. Run \`npm run build\` first.`);
	process.exit(1);
}

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/** Types a host compresses; Pagefind's index files are compressed already. */
const TEXT = /^(text\/|application\/(json|xml)|image\/svg)/;

/** The file for a URL path, or undefined; never outside the root. */
function fileFor(pathname) {
	let decoded;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const path = normalize(join(root, decoded));
	if (path !== root && !path.startsWith(root + sep)) return undefined;
	if (!existsSync(path)) return undefined;
	const stat = statSync(path);
	if (stat.isFile()) return path;
	const index = join(path, 'index.html');
	return existsSync(index) ? index : undefined;
}

function send(req, res, status, file) {
	const type = TYPES[extname(file)] ?? 'application/octet-stream';
	const gzip = TEXT.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
	res.writeHead(status, {
		'Content-Type': type,
		'X-Content-Type-Options': 'nosniff',
		'Cache-Control': file.includes(`${sep}_astro${sep}`)
			? 'public, max-age=31536000, immutable'
			: 'no-cache',
		Vary: 'Accept-Encoding',
		...(gzip && { 'Content-Encoding': 'gzip' }),
	});
	if (req.method === 'HEAD') {
		res.end();
		return;
	}
	const body = createReadStream(file).on('error', () => res.destroy()); // vanished mid-request (a rebuild)
	(gzip ? body.pipe(createGzip()) : body).pipe(res);
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { Allow: 'GET, HEAD' }).end();
		return;
	}
	const file = fileFor(url.pathname);
	if (file && file.endsWith('index.html') && !url.pathname.endsWith('/')) {
		res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
		return;
	}
	if (file) send(req, res, 200, file);
	else send(req, res, 404, join(root, '404.html'));
});

server.listen(Number(values.port), values.host, () => {
	console.log(`Serving ${values.dir}/ on http://${values.host}:${values.port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => server.close(() => process.exit(0)));
