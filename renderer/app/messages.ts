import type { Catalogue } from '../../core/lib/text';

/**
 * The shell: title, navigation, language switch.
 * Each key carries both languages (core/lib/text Text), so zh-CN and en cannot drift apart.
 */
export const messages = {
  'app.title': { zh: '执行听证·对账工作台', en: 'Enforcement Hearing & Reconciliation Desk' },
  'app.subtitle': { zh: 'Hearing Desk', en: 'Hearing Desk' },
  'app.skip': { zh: '跳到主要内容', en: 'Skip to main content' },
  'nav.cases': { zh: '案件列表', en: 'Cases' },
  'nav.presenter': { zh: '打开投屏页', en: 'Open presenter page' },
  'nav.rates': { zh: '利率表', en: 'Rate tables' },
  'lang.label': { zh: '语言', en: 'Language' },
  'lang.zh-CN': { zh: '中文', en: '中文' },
  'lang.en': { zh: 'English', en: 'English' },
  'error.network': {
    zh: '无法连接到本机服务，请确认程序仍在运行。',
    en: 'cannot reach the local service; is the program still running?',
  },
} satisfies Catalogue;
