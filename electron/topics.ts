import type { TopicName } from '../core/api/contract';

/** Run-time list of subscription topics; `satisfies` keeps it equal to the contract's Topics type. */
const TOPICS = { 'case.changed': true, 'presenter.show': true } as const satisfies Record<TopicName, true>;
export const TOPIC_NAMES = Object.keys(TOPICS) as TopicName[];

export function isTopicName(value: unknown): value is TopicName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(TOPICS, value);
}

/** The presenter window may only ever receive what to show. */
export const PRESENTER_TOPICS: readonly TopicName[] = ['presenter.show'];
