/**
 * Search words from a missing page's path: locale prefix, file endings and separators dropped,
 * percent-encoding decoded where valid (`/en/sharepoint-site_down.html` → `sharepoint site down`).
 */
export function pathWords(path: string): string {
	let decoded = path;
	try {
		decoded = decodeURIComponent(path);
	} catch {
		/* malformed percent-encoding: use the path as written */
	}
	return decoded
		.replace(/^\/(fi|en|zh-cn)(?=\/|$)/i, '')
		.replace(/\.(html?|php|aspx?)$/i, '')
		.split(/[/\-_.+\s]+/)
		.filter((w) => w && !/^(index|404)$/i.test(w))
		.join(' ')
		.slice(0, 100)
		.trim();
}
