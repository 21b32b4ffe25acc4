/**
 * Editors read Vietnamese: the editor's interface starts in Vietnamese unless the editor chose
 * another language in its settings (kept in this browser). Imported before Sveltia CMS, whose
 * module reads the setting as it loads.
 */
const PREFERENCES_KEY = 'sveltia-cms.prefs';

if (localStorage.getItem(PREFERENCES_KEY) === null) {
  localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ locale: 'vi' }));
}
