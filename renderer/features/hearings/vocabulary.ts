import type { HearingType, Measure, PanelRole } from '../../../core/features/hearings/model';

/**
 * What a new hearing, a new panel member and a new item start as: stored values
 * (petition_hearings.type, petition_attendees.panel_role, petition_items.measure), typed by core's lists.
 */
export const NEW_HEARING_TYPE: HearingType = '涉执信访听证';
export const NEW_PANEL_ROLE: PanelRole = '人大代表';
export const NEW_ITEM_MEASURE: Measure = '查封';
