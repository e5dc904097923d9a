import type { Catalogue, Text } from '../../lib/text';
import type { SigningKind } from './rules';

/** This feature's errors and refusals, zh-CN and en; keys are named in code as '<feature>.<key>'. */
export const messages = {
  // {kind}: a record's name from `kindNames`.
  recordLocked: {
    zh: '该{kind}已由全体人员签名（或拒绝签名）并锁定，不能再修改',
    en: 'this {kind} record was signed by everyone and is locked; it cannot be changed',
  },
  recordSigned: {
    zh: '该{kind}已有 {signed} 人签名（或拒绝签名），内容不能再修改',
    en: '{signed} people have already signed or refused this {kind} record; it cannot be changed',
  },
  kindNotSignable: {
    zh: '{kind}尚不支持手写签名',
    en: 'signatures are not available for {kind} records yet',
  },
  recordNotReady: {
    zh: '{kind}尚未结束，还不能签名',
    en: 'the {kind} record is not ready for signatures',
  },
  // Whose turn it is (rules.ts SigningError): the keys are the error codes.
  noSigners: { zh: '没有需要签名的人员，请先添加参加人员', en: 'there is no one to sign' },
  unknownSigner: { zh: '该人员不在签名名单中', en: 'this person is not among the signers' },
  alreadyDone: { zh: '该人员已签名或已拒绝签名', en: 'this person has already signed or refused' },
  notYourTurn: {
    zh: '尚未轮到该人员签名：签名顺序为当事人及代理人、审判人员、书记员',
    en: 'not this signer’s turn: participants sign first, then the judges, then the clerk',
  },
  complete: { zh: '全体人员均已签名', en: 'everyone has signed' },
  refuseNotAllowed: { zh: '只有当事人及其代理人可以拒绝签名', en: 'only a participant can refuse to sign' },
  // The strokes and the page image, reported as validation issues on their field (label first).
  strokesEmpty: { zh: '签名笔迹：尚未签名（签名板上没有笔迹）', en: 'signature strokes: nothing was drawn' },
  strokesTooMany: { zh: '签名笔迹：笔画或点数过多', en: 'signature strokes: too many strokes or points' },
  strokesOutOfBounds: {
    zh: '签名笔迹：坐标或压力超出签名板范围',
    en: 'signature strokes: a point is off the pad',
  },
  strokesTimeOrder: {
    zh: '签名笔迹：时间戳不连续或跨度过长',
    en: 'signature strokes: timestamps out of order or span too long',
  },
  pngTooLarge: { zh: '签名图像：图像过大（不超过 1 MB）', en: 'signature image: larger than 1 MB' },
  pngNotPng: { zh: '签名图像：不是 PNG 图像', en: 'signature image: not a PNG image' },
  pngSize: { zh: '签名图像：图像尺寸不合理', en: 'signature image: implausible image size' },
  pngUnreadable: { zh: '签名图像：无法读取该 PNG 图像', en: 'signature image: the PNG cannot be read' },
} as const satisfies Catalogue;

/** The records that are signed, as the messages above name them (en: the kind's code). */
export const kindNames = {
  recon: { zh: '对账笔录', en: 'recon' },
  hearing: { zh: '听证笔录', en: 'hearing' },
  settlement: { zh: '执行和解协议', en: 'settlement' },
} as const satisfies Record<SigningKind, Text>;

/** Phrases of this feature's documents: court language, zh-CN only. */
export const phrases = {} as const;
