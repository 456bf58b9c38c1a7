/**
 * The islands of the page header, in one module: the sidebar toggle, the search dialog, the
 * language links and the theme select. One file instead of four small inline scripts keeps the
 * HTML and its CSP short on every page.
 */
import './menu-toggle.ts';
import './site-search.ts';
import './language-select.ts';
import './theme-select.ts';
