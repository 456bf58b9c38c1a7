import Callout from './Callout.astro';
import CodeBlock from './CodeBlock.astro';
import Steps from './Steps.astro';
import TableWrap from './TableWrap.astro';
import AdminCenter from './policy/AdminCenter.astro';
import Address from './policy/Address.astro';
import ConnectLine from './policy/ConnectLine.astro';
import RetiredOn from './policy/RetiredOn.astro';
import ServiceCode from './policy/ServiceCode.astro';

/**
 * The components a troubleshooting article can use without importing them. The article route
 * imports only these, so an article's stylesheet holds none of the guidance pages' components;
 * an article that uses another one fails the build ("Expected component … to be defined").
 */
export const articleComponents = {
	Callout,
	Steps,
	table: TableWrap,
	pre: CodeBlock,
	AdminCenter,
	Address,
	ConnectLine,
	RetiredOn,
	ServiceCode,
};
