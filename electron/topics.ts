import { isTopicName, TOPIC_NAMES, type TopicName } from '../core/platform/api/contract';

export { isTopicName, TOPIC_NAMES };

/** The presenter window may only ever receive what to show. */
export const PRESENTER_TOPICS: readonly TopicName[] = ['presenter.show'];
