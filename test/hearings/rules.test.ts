import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canSign,
  checkQuantity,
  describeAnnotation,
  finish,
  followingStage,
  HEARING_STATES,
  inSession,
  itemStatus,
  moveStage,
  nextState,
  placeInWords,
  recordOpen,
  setupOpen,
  sign,
  STAGES,
  start,
  summarise,
  type HearingEvent,
  type ItemRecord,
  type Transition,
} from '../../core/features/hearings/rules';

const at = '2026-03-02T09:00:00.000Z';
const refusal = (t: Transition) => (t.ok ? null : t.refusal);

const full = [
  { id: 1, kind: 'petitioner' as const, name: '王某' },
  { id: 2, kind: 'presiding' as const, name: '李审判长' },
  { id: 3, kind: 'clerk' as const, name: '赵书记员' },
  { id: 4, kind: 'panel' as const, name: '人大代表甲' },
];

describe('petition hearing state machine', () => {
  it('walks DRAFT -> IN_SESSION -> AWAITING_SIGNATURES -> SIGNED', () => {
    const s1 = start('DRAFT', full);
    expect(s1).toEqual({ ok: true, state: 'IN_SESSION' });
    const s2 = finish('IN_SESSION', 'conclusion', '执行行为合法，驳回申请');
    expect(s2).toEqual({ ok: true, state: 'AWAITING_SIGNATURES' });
    const acts = full.map((a) => ({ attendeeId: a.id, kind: 'signed' as const, reason: '' }));
    expect(sign('AWAITING_SIGNATURES', full, acts)).toEqual({ ok: true, state: 'SIGNED' });
  });

  it('refuses to start without a petitioner, presiding judge and clerk, naming who is missing', () => {
    expect(refusal(start('DRAFT', [{ kind: 'panel' }]))).toEqual({
      code: 'attendeesMissing',
      zh: '开始听证前须登记申请人、审判长/主持人、书记员',
      en: 'register the petitioner, presiding, clerk before starting',
    });
    expect(refusal(start('DRAFT', full.slice(0, 2)))?.zh).toBe('开始听证前须登记书记员');
  });

  it('refuses illegal moves with the state in Chinese', () => {
    expect(refusal(start('IN_SESSION', full))?.zh).toBe('听证当前为「听证中」，不能开始听证');
    expect(refusal(finish('DRAFT', 'conclusion', 'x'))?.zh).toBe('听证当前为「准备中」，不能结束听证');
    expect(refusal(sign('IN_SESSION', full, []))?.zh).toBe('听证当前为「听证中」，不能签名完成');
    expect(refusal(start('SIGNED', full))?.code).toBe('illegalTransition');
  });

  it('finishes only from the conclusion stage with a conclusion written', () => {
    expect(refusal(finish('IN_SESSION', 'questioning', '结论'))?.zh).toBe(
      '须进行到「结论」阶段才能结束听证（当前为「质询」）',
    );
    expect(refusal(finish('IN_SESSION', 'conclusion', '  '))?.code).toBe('conclusionMissing');
  });

  it('moves stages only in session', () => {
    expect(moveStage('IN_SESSION', 'evidence')).toEqual({ ok: true, state: 'IN_SESSION' });
    expect(refusal(moveStage('DRAFT', 'evidence'))?.zh).toBe(
      '听证当前为「准备中」，不能切换到「出示证据/物品清单」阶段',
    );
    expect(STAGES.map(followingStage)).toEqual([
      'statement',
      'explanation',
      'evidence',
      'questioning',
      'deliberation',
      'conclusion',
      null,
    ]);
  });

  it('signs only when everyone has signed or refused with a reason', () => {
    const some = [
      { attendeeId: 1, kind: 'refused' as const, reason: '不认可结论' },
      { attendeeId: 2, kind: 'signed' as const, reason: '' },
    ];
    expect(refusal(canSign('AWAITING_SIGNATURES', full, some))).toEqual({
      code: 'signaturesPending',
      zh: '还有 2 人未签名或未记明拒签：赵书记员、人大代表甲',
      en: '2 attendee(s) have neither signed nor refused',
    });
    const noReason = [{ attendeeId: 1, kind: 'refused' as const, reason: ' ' }];
    expect(refusal(canSign('AWAITING_SIGNATURES', full, noReason))?.code).toBe('refusalReason');
    const stranger = [{ attendeeId: 99, kind: 'signed' as const, reason: '' }];
    expect(refusal(canSign('AWAITING_SIGNATURES', full, stranger))?.code).toBe('unknownSigner');
    const all = [
      ...some,
      { attendeeId: 3, kind: 'signed' as const, reason: '' },
      { attendeeId: 4, kind: 'signed' as const, reason: '' },
    ];
    expect(canSign('AWAITING_SIGNATURES', full, all)).toEqual({ ok: true, state: 'SIGNED' });
  });

  it('the record is open in DRAFT and IN_SESSION only; statements only IN_SESSION', () => {
    expect(HEARING_STATES.map((s) => recordOpen(s).ok)).toEqual([true, true, false, false]);
    expect(HEARING_STATES.map((s) => inSession(s).ok)).toEqual([false, true, false, false]);
    expect(HEARING_STATES.map((s) => setupOpen(s).ok)).toEqual([true, false, false, false]);
    expect(refusal(recordOpen('SIGNED'))?.zh).toBe('听证已「已签名」，记录不能再修改');
  });

  it('property: SIGNED is reachable only through AWAITING_SIGNATURES, and nothing leaves SIGNED', () => {
    const events: HearingEvent[] = ['start', 'finish', 'sign'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...events), { maxLength: 12 }), (seq) => {
        let state: (typeof HEARING_STATES)[number] = 'DRAFT';
        for (const e of seq) {
          const next = nextState(state, e);
          if (next === 'SIGNED') expect(state).toBe('AWAITING_SIGNATURES');
          if (state === 'SIGNED') expect(next).toBeNull();
          if (next) state = next;
        }
      }),
    );
  });
});

describe('items', () => {
  it('checks quantities', () => {
    expect(['3', '2.5', '0.0125', '100000'].map(checkQuantity)).toEqual([null, null, null, null]);
    expect(['0', '0.0'].map(checkQuantity)).toEqual(['zero', 'zero']);
    expect(['-1', '1e3', '1.23456', '3台', '', '01'].map(checkQuantity)).toEqual([
      'format',
      'format',
      'format',
      'format',
      'format',
      'format',
    ]);
  });

  it('status follows the latest response', () => {
    expect(itemStatus([])).toBe('open');
    expect(
      itemStatus([
        { stance: 'objects', statement: '不认可', at },
        { stance: 'accepts', statement: '', at },
      ]),
    ).toBe('accepted');
  });

  it('summarises for the deliberation with the values by status', () => {
    const fields = (name: string, value: string | null) => ({
      name,
      quantity: '1',
      unit: '台',
      measure: '扣押' as const,
      location: '',
      basis: '',
      documentNo: '',
      value,
      note: '',
    });
    const items: ItemRecord[] = [
      {
        id: 11,
        position: 2,
        fields: fields('轿车', '85000.50'),
        explanations: [],
        responses: [{ stance: 'objects', statement: '车辆不是我的', at }],
        questions: [
          {
            id: 1,
            asker: '人大代表甲',
            question: '车在哪里？',
            answerer: '',
            answer: '',
            at,
            answeredAt: null,
          },
        ],
        annotations: [],
      },
      {
        id: 10,
        position: 1,
        fields: fields('冰箱', '1200.25'),
        explanations: [],
        responses: [{ stance: 'accepts', statement: '', at }],
        questions: [
          {
            id: 2,
            asker: '律师乙',
            question: '何时发还？',
            answerer: '法官',
            answer: '已发还',
            at,
            answeredAt: at,
          },
        ],
        annotations: [],
      },
      {
        id: 12,
        position: 3,
        fields: fields('电视', null),
        explanations: [],
        responses: [],
        questions: [],
        annotations: [],
      },
      {
        id: 13,
        position: 4,
        fields: fields('机床', '0.10'),
        explanations: [],
        responses: [],
        questions: [],
        annotations: [],
      },
    ];
    const s = summarise(items);
    expect(s.accepted).toEqual([{ itemId: 10, position: 1, name: '冰箱' }]);
    expect(s.objected).toEqual([{ itemId: 11, position: 2, name: '轿车', statements: ['车辆不是我的'] }]);
    expect(s.notAddressed.map((i) => i.name)).toEqual(['电视', '机床']);
    expect(s.openQuestions).toEqual([
      { itemId: 11, position: 2, name: '轿车', asker: '人大代表甲', question: '车在哪里？' },
    ]);
    expect(s.values).toEqual({ accepted: '1200.25', objected: '85000.50', open: '0.10' });
  });
});

describe('summary invariants', () => {
  it('property: every item is in exactly one group, and the three values add up to the whole list to the fen', () => {
    const item = fc.record({
      fen: fc.option(fc.bigInt({ min: 0n, max: 99_999_999_999n }), { nil: null }),
      stances: fc.array(fc.constantFrom<'accepts' | 'objects'>('accepts', 'objects'), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (list) => {
        const toYuan = (f: bigint) => `${f / 100n}.${String(f % 100n).padStart(2, '0')}`;
        const records: ItemRecord[] = list.map((x, i) => ({
          id: i + 1,
          position: i + 1,
          fields: {
            name: `物品${i + 1}`,
            quantity: '1',
            unit: '',
            measure: '其他',
            location: '',
            basis: '',
            documentNo: '',
            value: x.fen === null ? null : toYuan(x.fen),
            note: '',
          },
          explanations: [],
          responses: x.stances.map((stance) => ({
            stance,
            statement: stance === 'objects' ? '异议' : '',
            at,
          })),
          questions: [],
          annotations: [],
        }));
        const s = summarise(records);
        expect(s.accepted.length + s.objected.length + s.notAddressed.length).toBe(list.length);
        const fen = (v: string) => BigInt(v.replace('.', ''));
        const total = list.reduce((t, x) => t + (x.fen ?? 0n), 0n);
        expect(fen(s.values.accepted) + fen(s.values.objected) + fen(s.values.open)).toBe(total);
      }),
    );
  });
});

describe('annotations in words', () => {
  it('places points in thirds of the photo', () => {
    expect(placeInWords(0.1, 0.1)).toBe('左上部');
    expect(placeInWords(0.5, 0.5)).toBe('中部');
    expect(placeInWords(0.9, 0.5)).toBe('右侧中部');
    expect(placeInWords(0.5, 0.9)).toBe('下部居中');
  });

  it('describes each kind', () => {
    expect(
      describeAnnotation({
        kind: 'circle',
        x: 0.2,
        y: 0.2,
        x2: 0.3,
        y2: 0.3,
        text: '铭牌',
        colour: '#d32f2f',
      }),
    ).toBe('红色圆圈，圈出图片左上部，注明「铭牌」');
    expect(
      describeAnnotation({ kind: 'arrow', x: 0.9, y: 0.9, x2: 0.5, y2: 0.5, text: '', colour: '#1976D2' }),
    ).toBe('蓝色箭头，自图片右下部指向中部');
    expect(
      describeAnnotation({ kind: 'note', x: 0.5, y: 0.1, x2: null, y2: null, text: '', colour: '#123456' }),
    ).toBe('颜色 #123456文字标注，位于图片上部居中（无文字）');
  });
});
