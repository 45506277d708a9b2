// Pure: what the compared roles' lists share by topic. An item that names topics
// (data/topics.yaml) matches an item of another role that names one of them, however
// differently the two are worded; items without topics match only by their text.
import type { Knowledge } from '../format/knowledge-schema.js';

/** A list item as compare keys it: by its text, and by the topics it names. */
export interface TopicalKeys {
  key: string;
  topics?: readonly string[];
}

export interface SharedTopic {
  id: string;
  label: string;
}

/** True when `keys` (one list's text keys and topic ids, see listKeys) hold the item's text or one of its topics. */
export function listHolds(keys: ReadonlySet<string>, item: TopicalKeys): boolean {
  return keys.has(item.key) || (item.topics !== undefined && item.topics.some((id) => keys.has(topicKey(id))));
}

/** Every text key and topic of a list, for listHolds. */
export function listKeys(items: readonly TopicalKeys[]): Set<string> {
  const keys = new Set<string>();
  for (const item of items) {
    keys.add(item.key);
    for (const id of item.topics ?? []) keys.add(topicKey(id));
  }
  return keys;
}

/** Topic keys cannot collide with text keys, which never hold a colon (itemKey drops punctuation). */
const topicKey = (id: string): string => `topic:${id}`;

/** The topics every list names, in the first list's order, with their labels; none when a role has no list. */
export function topicsInEveryList(lists: readonly (readonly TopicalKeys[] | undefined)[], knowledge: Pick<Knowledge, 'topics'>): SharedTopic[] {
  if (lists.length < 2 || lists.some((list) => list === undefined)) return [];
  const perList = lists.map((list) => new Set((list ?? []).flatMap((item) => item.topics ?? [])));
  const [first, ...others] = perList;
  const shared = [...(first ?? [])].filter((id) => others.every((ids) => ids.has(id)));
  return shared.map((id) => ({ id, label: knowledge.topics.find((topic) => topic.id === id)?.label ?? id }));
}
