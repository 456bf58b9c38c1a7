// A small static file server for dist/, as a static host or CDN would serve it:
// directory index pages, a redirect to the trailing-slash URL, dist/404.html with
// status 404 for anything missing. Used by `npm start` and the end-to-end tests.
// Usage: node tests/tools/serve.mjs [--port 4321] [--host 127.0.0.1] [--dir dist]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

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

function send(res, status, file, method) {
	res.writeHead(status, {
		'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
		'X-Content-Type-Options': 'nosniff',
		'Cache-Control': file.includes(`${sep}_astro${sep}`)
			? 'public, max-age=31536000, immutable'
			: 'no-cache',
	});
	if (method === 'HEAD') {
		res.end();
		return;
	}
	createReadStream(file)
		.on('error', () => res.destroy()) // the file vanished mid-request (a rebuild): drop it
		.pipe(res);
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
	if (file) send(res, 200, file, req.method);
	else send(res, 404, join(root, '404.html'), req.method);
});

server.listen(Number(values.port), values.host, () => {
	console.log(`Serving ${values.dir}/ on http://${values.host}:${values.port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => server.close(() => process.exit(0)));
