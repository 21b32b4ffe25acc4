/** Articles for the press: long enough to explain a topic, short enough for a newspaper column. */
export const ARTICLE_MIN_WORDS = 400;
export const ARTICLE_MAX_WORDS = 600;
