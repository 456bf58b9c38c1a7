import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from './schemas/docs.ts';
import { entryId } from './lib/entry-id.ts';

/** Every page of the site, per locale, from `content/docs/<locale>/`. */
const docs = defineCollection({
	loader: glob({
		pattern: '**/*.{md,mdx}',
		// The benchmark points this at a temporary copy with generated pages.
		base: process.env['CONTENT_DOCS_DIR'] ?? './content/docs',
		generateId: ({ entry }) => entryId(entry),
	}),
	schema: docsSchema,
});

export const collections = { docs };
