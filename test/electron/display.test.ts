import { describe, expect, it } from 'vitest';
import { chooseExternalDisplay, type DisplayLike } from '../../electron/display';
import { menuLabels } from '../../electron/menu-labels';

const d = (id: number, width: number, height: number, internal?: boolean): DisplayLike => ({
  id,
  bounds: { x: id * 2000, y: 0, width, height },
  ...(internal === undefined ? {} : { internal }),
});

describe('chooseExternalDisplay', () => {
  it('returns null with one display', () => {
    expect(chooseExternalDisplay([d(1, 1920, 1080)], 1)).toBeNull();
    expect(chooseExternalDisplay([], 1)).toBeNull();
  });
  it('never picks the primary display', () => {
    expect(chooseExternalDisplay([d(1, 1920, 1080), d(2, 1280, 720)], 1)?.id).toBe(2);
    expect(chooseExternalDisplay([d(1, 1920, 1080), d(2, 1280, 720)], 2)?.id).toBe(1);
  });
  it('prefers an external display, then the largest', () => {
    const displays = [
      d(1, 1920, 1080, true),
      d(2, 3840, 2160, true),
      d(3, 1024, 768, false),
      d(4, 1920, 1080, false),
    ];
    expect(chooseExternalDisplay(displays, 1)?.id).toBe(4);
    expect(chooseExternalDisplay([d(1, 1920, 1080), d(2, 1280, 720), d(3, 2560, 1440)], 1)?.id).toBe(3);
  });
});

describe('menuLabels', () => {
  it('is Chinese for zh locales and English otherwise', () => {
    expect(menuLabels('zh-CN').openSample).toBe('打开示例案件');
    expect(menuLabels('zh-TW').file).toBe('文件');
    expect(menuLabels('en-US').openSample).toBe('Open sample case');
    expect(menuLabels('').file).toBe('File');
  });
  it('has the same keys in both languages', () => {
    expect(Object.keys(menuLabels('en')).sort()).toEqual(Object.keys(menuLabels('zh')).sort());
  });
});
