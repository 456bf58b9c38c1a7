import { articleComponents } from './article-components.ts';
import BusinessDay from './policy/BusinessDay.astro';
import ChannelHours from './policy/ChannelHours.astro';
import ChannelTable from './policy/ChannelTable.astro';
import CommunityForums from './policy/CommunityForums.astro';
import ContactCard from './policy/ContactCard.astro';
import GlobalOnlineSteps from './policy/GlobalOnlineSteps.astro';
import GlossaryTable from './GlossaryTable.astro';
import HolidayCalendar from './policy/HolidayCalendar.astro';
import HoursTable from './policy/HoursTable.astro';
import OpenNow from './policy/OpenNow.astro';
import Phone from './policy/Phone.astro';
import PolicyList from './policy/PolicyList.astro';
import RequestPath from './policy/RequestPath.astro';
import ResponseTable from './policy/ResponseTable.astro';
import ResponseTarget from './policy/ResponseTarget.astro';
import SeverityTable from './policy/SeverityTable.astro';
import TechnicalCategories from './policy/TechnicalCategories.astro';
import WorkedExamples from './policy/WorkedExamples.astro';

/**
 * Components every guidance page can use without importing them: the articles' and more. The policy components
 * render facts from content/policy/support-policy.json, so pages never type them. The
 * calculator, the get-help flow and the article index are imported by the one page each that
 * uses them, so their styles load there only, not on every page.
 */
export const mdxComponents = {
	...articleComponents,
	BusinessDay,
	ChannelHours,
	ChannelTable,
	CommunityForums,
	ContactCard,
	GlobalOnlineSteps,
	GlossaryTable,
	HolidayCalendar,
	HoursTable,
	OpenNow,
	Phone,
	PolicyList,
	RequestPath,
	ResponseTable,
	ResponseTarget,
	SeverityTable,
	TechnicalCategories,
	WorkedExamples,
};
