import Callout from './Callout.astro';
import Steps from './Steps.astro';
import TableWrap from './TableWrap.astro';

/** Components every MDX page can use without importing them; `table` wraps GFM tables. */
export const mdxComponents = {
	Callout,
	Steps,
	table: TableWrap,
};
