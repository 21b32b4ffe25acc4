/**
 * Every piece of interface text on the portal, in Vietnamese. Components never hard-code words:
 * they read them from here, so wording is reviewed in one place.
 *
 * The words live in files by who reads them: site.ts (every page), catalogue.ts (the procedure
 * pages), search.ts (the search box and the search page's island, which imports search.ts
 * directly so it downloads nothing else) and editors.ts (build, checker and `npm run new`
 * messages). `vi` joins them for the rest of the code.
 */
import { catalogueText } from './catalogue';
import { editorsText } from './editors';
import { searchText } from './search';
import { siteText } from './site';

export const vi = { ...siteText, ...catalogueText, ...searchText, ...editorsText } as const;
