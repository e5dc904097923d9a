import { isTopicName, TOPIC_NAMES, type TopicName } from '../core/platform/api/contract';

export { isTopicName, TOPIC_NAMES };

/** "a,b" -> known topics, or null if any is unknown or none is given. */
export function parseTopics(raw: string | null): TopicName[] | null {
  if (!raw) return null;
  const names = [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (names.length === 0 || !names.every(isTopicName)) return null;
  return names as TopicName[];
}
