import { describe, expect, it } from 'vitest';
import {
  arrowHead,
  asHearingWall,
  attachmentUrl,
  hearingKey,
} from '../../renderer/features/hearings/hearing';

const sha = '0123456789abcdef'.repeat(4);

describe('petition hearing helpers of the renderer', () => {
  it('builds same-origin attachment URLs, with the token on the web host only', () => {
    expect(attachmentUrl(sha, 'a+b/c')).toBe(`/attachments/${sha}?token=a%2Bb%2Fc`);
    expect(attachmentUrl(sha, null)).toBe(`/attachments/${sha}`);
    expect(attachmentUrl('../../etc/passwd', 't')).toBe('');
  });

  it('maps the walkthrough keys and ignores modified ones', () => {
    const k = (key: string, ctrlKey = false) => hearingKey({ key, ctrlKey, metaKey: false, altKey: false });
    expect(['ArrowLeft', 'ArrowRight', 's', 'A', 'o', 'q', 'P', 'Escape', 'x'].map((key) => k(key))).toEqual([
      'prev',
      'next',
      'stage',
      'accepts',
      'objects',
      'question',
      'presenter',
      'escape',
      null,
    ]);
    expect(k('s', true)).toBeNull();
  });

  it('accepts only a wall payload of the expected shape', () => {
    expect(asHearingWall(null)).toBeNull();
    expect(
      asHearingWall({ caseNumber: 'x', stage: 'opening', count: 1, media: { sha256: '../x' } }),
    ).toBeNull();
    const ok = { caseNumber: 'x', stage: 'opening', count: 1, media: null };
    expect(asHearingWall(ok)).toBe(ok);
  });

  it('draws an arrow head at the tip, symmetric about the shaft', () => {
    const pts = arrowHead(0, 0, 100, 0, 10)
      .split(' ')
      .map((p) => p.split(',').map(Number));
    expect(pts[0]).toEqual([100, 0]);
    expect(pts[1]![0]).toBeCloseTo(100 - 10 * Math.cos(Math.PI / 7));
    expect(pts[1]![1]).toBeCloseTo(-pts[2]![1]!);
  });
});
