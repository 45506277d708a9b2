// Pure, and free of the schema library so views in the main bundle can use it: the text
// and the topics of an item of a list that may name topics (role-schema.ts).
import type { TopicalItem } from './role-schema.js';

/** The role fields whose items may name topics. */
export const TOPICAL_FIELDS = ['responsibilities', 'activities', 'skills'] as const;

export const itemText = (item: TopicalItem): string => (typeof item === 'string' ? item : item.text);
export const itemTopics = (item: TopicalItem): readonly string[] => (typeof item === 'string' ? [] : item.topics);
