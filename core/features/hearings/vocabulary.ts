import type { ItemColumn } from './item-fields';

/**
 * Words this feature keeps or compares as values, not texts to translate: the database holds them
 * (migration 007 names each in a CHECK), a transfer package carries them, and an imported table is read
 * by them, whatever the language of the screen.
 */

/** Kinds of hearing, stored in petition_hearings.type. */
export const HEARING_TYPES = ['执行听证', '涉执信访听证', '执行异议听证'] as const;
export type HearingType = (typeof HEARING_TYPES)[number];

/** What a panel member (听证员) is, stored in petition_attendees.panel_role. */
export const PANEL_ROLES = ['人大代表', '政协委员', '律师', '人民调解员', '其他'] as const;
export type PanelRole = (typeof PANEL_ROLES)[number];

/** The enforcement measure taken on an item, stored in petition_items.measure. */
export const MEASURES = ['查封', '扣押', '拍卖', '变卖', '发还', '抵债', '其他'] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * The header words an item table may use for each column (compared without spaces, case and anything in
 * brackets). A column without header words cannot be imported.
 */
export const ITEM_HEADER_WORDS: Record<ItemColumn, readonly string[]> = {
  name: ['物品', '物品名称', '名称', '财产名称', '标的物', '品名', 'item', 'name'],
  quantity: ['数量', 'quantity', 'qty'],
  unit: ['单位', '计量单位', 'unit'],
  measure: ['执行措施', '措施', '处置方式', '采取措施', '处置措施', 'measure'],
  location: ['现存放地', '去向', '现状', '存放地点', '现在何处', '存放地', '现存放地/去向', 'location'],
  basis: ['法律依据', '依据', 'basis'],
  documentNo: ['文书号', '文号', '文书编号', '裁定书号', '文书字号', 'documentno', 'document'],
  value: ['价值', '金额', '估值', '评估价值', '价值（元）', '成交价', 'value'],
  note: ['备注', '说明', 'note'],
};

/** A value cell's currency words around the amount: 人民币 1,000 元, ¥1000. */
export const VALUE_CURRENCY = /^(?:人民币|RMB|CNY|[¥￥])\s*|\s*元$/gi;

/** A value cell that says no value was assessed. */
export const NO_VALUE_WORDS: readonly string[] = ['', '-', '—', '无', '未评估'];
