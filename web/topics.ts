import type { TopicName } from '../core/api/contract';

/** Run-time list of subscription topics; `satisfies` keeps it equal to the contract's Topics type. */
const TOPICS = { 'case.changed': true, 'presenter.show': true } as const satisfies Record<TopicName, true>;
export const TOPIC_NAMES = Object.keys(TOPICS) as TopicName[];

export function isTopicName(value: string): value is TopicName {
  return Object.prototype.hasOwnProperty.call(TOPICS, value);
}

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
