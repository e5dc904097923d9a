/** Menu labels: Chinese, with English when the system locale is not Chinese. */
const zh = {
  file: '文件',
  openSample: '打开示例案件',
  quit: '退出',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  view: '视图',
  reload: '重新加载',
  presenter: '投屏窗口',
  zoomIn: '放大',
  zoomOut: '缩小',
  resetZoom: '实际大小',
  fullscreen: '全屏',
  help: '帮助',
  about: '关于 Hearing Desk（执行听证·对账工作台）',
  sampleFailed: '示例案件创建失败',
};
export type MenuLabels = typeof zh;

const en: MenuLabels = {
  file: 'File',
  openSample: 'Open sample case',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: 'View',
  reload: 'Reload',
  presenter: 'Presenter window',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Actual size',
  fullscreen: 'Full screen',
  help: 'Help',
  about: 'About Hearing Desk',
  sampleFailed: 'Could not create the sample case',
};

export function menuLabels(locale: string): MenuLabels {
  return locale.toLowerCase().startsWith('zh') ? zh : en;
}
