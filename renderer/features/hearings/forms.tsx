import { useState, type FormEvent } from 'react';
import { DateInput } from '../../ui/DateInput';
import { AmountInput } from '../../ui/AmountInput';
import type { Envelope } from '../../../core/platform/api/model';
import type {
  HearingItemView,
  HearingView,
  ItemImportPreviewView,
} from '../../../core/features/hearings/model';
import {
  ATTENDEE_KINDS,
  HEARING_TYPES,
  MEASURES,
  PANEL_ROLES,
  type AttendeeKind,
  type HearingType,
  type Measure,
  type PanelRole,
} from '../../../core/features/hearings/model';
import { api } from '../../app/api/client';
import { useI18n } from '../../app/i18n';
import { fileToBase64 } from '../imports/imports';
import { KIND_KEYS } from './hearing';
import { NEW_ITEM_MEASURE, NEW_PANEL_ROLE } from './vocabulary';

/** The setup forms of the petition hearing: details, attendees, items, the list import. */

type Apply = (call: Promise<Envelope<HearingView>>) => Promise<boolean>;

export function SetupForm({ view, apply, editable }: { view: HearingView; apply: Apply; editable: boolean }) {
  const { t } = useI18n();
  const [type, setType] = useState<HearingType>(view.type);
  const [title, setTitle] = useState(view.title);
  const [date, setDate] = useState(view.date ?? '');
  const [place, setPlace] = useState(view.place);
  const [isPublic, setPublic] = useState(view.isPublic);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void apply(
      api.call('hearings.update', {
        hearingId: view.id,
        type,
        title,
        date: date === '' ? null : date,
        place,
        isPublic,
      }),
    );
  };
  return (
    <form className="pet-form" onSubmit={submit} data-testid="hearing-setup">
      <label>
        {t('hearing.field.type')}
        <select
          value={type}
          disabled={!editable}
          data-testid="setup-type"
          onChange={(e) => setType(e.target.value as HearingType)}
        >
          {HEARING_TYPES.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('hearing.field.title')}
        <input
          value={title}
          disabled={!editable}
          maxLength={200}
          data-testid="setup-title"
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label>
        {t('hearing.field.date')}
        <DateInput value={date} disabled={!editable} testId="setup-date" onChange={setDate} />
      </label>
      <label>
        {t('hearing.field.place')}
        <input
          value={place}
          disabled={!editable}
          maxLength={200}
          data-testid="setup-place"
          onChange={(e) => setPlace(e.target.value)}
        />
      </label>
      <label className="pet-check">
        <input
          type="checkbox"
          checked={isPublic}
          disabled={!editable}
          onChange={(e) => setPublic(e.target.checked)}
        />
        {t('hearing.field.public')}
      </label>
      {editable && (
        <button type="submit" className="btn" data-testid="setup-save">
          {t('common.save')}
        </button>
      )}
    </form>
  );
}

export function Attendees({ view, apply, editable }: { view: HearingView; apply: Apply; editable: boolean }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<AttendeeKind>('petitioner');
  const [name, setName] = useState('');
  const [panelRole, setPanelRole] = useState<PanelRole>(NEW_PANEL_ROLE);
  const [note, setNote] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await apply(
      api.call('hearings.addAttendee', {
        hearingId: view.id,
        kind,
        name,
        panelRole: kind === 'panel' ? panelRole : null,
        note,
      }),
    );
    if (done) {
      setName('');
      setNote('');
    }
  };
  return (
    <section className="panel" data-testid="hearing-attendees">
      <h2>{t('hearing.attendees')}</h2>
      <ul className="pet-attendees">
        {view.attendees.map((a) => (
          <li key={a.id} data-testid="attendee" data-kind={a.kind}>
            <span className="pet-role">
              {t(KIND_KEYS[a.kind])}
              {a.panelRole ? t('punct.paren', { text: a.panelRole }) : ''}
            </span>
            <span>{a.name}</span>
            {a.note && <span className="muted">{a.note}</span>}
            {editable && (
              <button
                type="button"
                className="btn btn--small"
                onClick={() => void apply(api.call('hearings.removeAttendee', { attendeeId: a.id }))}
              >
                {t('hearing.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <form className="pet-form" onSubmit={(e) => void submit(e)} data-testid="attendee-form">
          <label>
            {t('hearing.field.kind')}
            <select
              value={kind}
              data-testid="attendee-kind"
              onChange={(e) => setKind(e.target.value as AttendeeKind)}
            >
              {ATTENDEE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(KIND_KEYS[k])}
                </option>
              ))}
            </select>
          </label>
          {kind === 'panel' && (
            <label>
              {t('hearing.field.panelRole')}
              <select
                value={panelRole}
                data-testid="attendee-panel-role"
                onChange={(e) => setPanelRole(e.target.value as PanelRole)}
              >
                {PANEL_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            {t('hearing.field.name')}
            <input
              value={name}
              maxLength={200}
              required
              data-testid="attendee-name"
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <label>
            {t('hearing.field.note')}
            <input value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />
          </label>
          <button type="submit" className="btn" data-testid="attendee-add">
            {t('hearing.addAttendee')}
          </button>
        </form>
      )}
    </section>
  );
}

const EMPTY_ITEM: Record<
  'name' | 'quantity' | 'unit' | 'location' | 'basis' | 'documentNo' | 'value',
  string
> & {
  measure: Measure;
} = {
  name: '',
  quantity: '1',
  unit: '',
  measure: NEW_ITEM_MEASURE,
  location: '',
  basis: '',
  documentNo: '',
  value: '',
};

export function ItemForm({
  hearingId,
  apply,
  item,
  onDone,
}: {
  hearingId: number;
  apply: Apply;
  /** editing this item instead of adding one */
  item?: HearingItemView;
  onDone?: () => void;
}) {
  const { t } = useI18n();
  const initial = item ? { ...item.fields, value: item.fields.value ?? '' } : EMPTY_ITEM;
  const [v, setV] = useState(initial);
  const set = (k: keyof typeof EMPTY_ITEM) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const fields = { ...v, value: v.value.trim() === '' ? null : v.value.trim() };
    const done = await apply(
      item
        ? api.call('hearings.updateItem', { itemId: item.id, ...fields })
        : api.call('hearings.addItem', { hearingId, ...fields }),
    );
    if (done) {
      if (!item) setV(EMPTY_ITEM);
      onDone?.();
    }
  };
  return (
    <form className="pet-form" onSubmit={(e) => void submit(e)} data-testid="item-form">
      <label>
        {t('hearing.item.name')}
        <input value={v.name} required maxLength={200} data-testid="item-name" onChange={set('name')} />
      </label>
      <label>
        {t('hearing.item.quantity')}
        <input value={v.quantity} inputMode="decimal" className="pet-narrow" onChange={set('quantity')} />
      </label>
      <label>
        {t('hearing.item.unit')}
        <input value={v.unit} maxLength={20} className="pet-narrow" onChange={set('unit')} />
      </label>
      <label>
        {t('hearing.item.measure')}
        <select value={v.measure} onChange={set('measure')}>
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('hearing.item.location')}
        <input value={v.location} maxLength={500} onChange={set('location')} />
      </label>
      <label>
        {t('hearing.item.basis')}
        <input value={v.basis} maxLength={500} onChange={set('basis')} />
      </label>
      <label>
        {t('hearing.item.documentNo')}
        <input value={v.documentNo} maxLength={100} onChange={set('documentNo')} />
      </label>
      <label>
        {t('hearing.item.value')}
        <AmountInput
          value={v.value}
          className="pet-narrow num"
          onChange={(value) => setV((x) => ({ ...x, value }))}
        />
      </label>
      <button type="submit" className="btn" data-testid={item ? 'item-save' : 'item-add'}>
        {item ? t('common.save') : t('hearing.addItem')}
      </button>
      {item && onDone && (
        <button type="button" className="btn" onClick={onDone}>
          {t('common.cancel')}
        </button>
      )}
    </form>
  );
}

/** Preview first (row-level errors in Chinese), nothing saved until 确认导入. */
export function ImportBox({ hearingId, apply }: { hearingId: number; apply: Apply }) {
  const { t, locale } = useI18n();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<ItemImportPreviewView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);

  const choose = async (f: File | undefined) => {
    setPreview(null);
    setError(null);
    setDone(null);
    if (!f) return;
    const base64 = await fileToBase64(f);
    setFile({ name: f.name, base64 });
    const result = await api.call('hearings.importPreview', { hearingId, fileName: f.name, base64 });
    if (result.ok) setPreview(result.value);
    else setError(locale === 'en' ? result.error.message_en : result.error.message_zh);
  };
  const confirm = async () => {
    if (!file || !preview) return;
    const ok = await apply(
      api.call('hearings.importConfirm', { hearingId, fileName: file.name, base64: file.base64 }),
    );
    if (ok) {
      setDone(preview.okCount);
      setPreview(null);
      setFile(null);
    }
  };
  return (
    <div className="pet-import" data-testid="item-import">
      <label className="btn">
        {t('hearing.import')}
        <input
          type="file"
          accept=".csv,.xlsx,text/csv"
          className="pet-file"
          data-testid="item-import-file"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </label>
      {error && (
        <div className="form-error" role="alert" data-testid="item-import-error">
          {error}
        </div>
      )}
      {done !== null && <p data-testid="item-import-done">{t('hearing.import.done', { n: done })}</p>}
      {preview && (
        <div data-testid="item-import-preview">
          <p>{t('hearing.import.preview', { ok: preview.okCount, bad: preview.errorCount })}</p>
          <table className="grid">
            <thead>
              <tr>
                <th>{t('hearing.import.row')}</th>
                <th>{t('hearing.item.name')}</th>
                <th>{t('hearing.item.quantity')}</th>
                <th>{t('hearing.item.measure')}</th>
                <th className="num">{t('hearing.item.value')}</th>
                <th>{t('hearing.import.problems')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr
                  key={r.row}
                  className={r.errors.length ? 'pet-bad' : undefined}
                  data-testid="item-import-row"
                >
                  <td className="num">{r.row}</td>
                  <td>{r.item?.name ?? ''}</td>
                  <td>{r.item ? `${r.item.quantity}${r.item.unit}` : ''}</td>
                  <td>{r.item?.measure ?? ''}</td>
                  <td className="num mono">{r.item?.value ?? ''}</td>
                  <td>{r.errors.map((e) => (locale === 'en' ? e.en : e.zh)).join(t('punct.semicolon'))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.errorCount > 0 ? (
            <p className="form-error">{t('hearing.import.blocked')}</p>
          ) : (
            <button
              type="button"
              className="btn btn--primary"
              data-testid="item-import-confirm"
              onClick={() => void confirm()}
            >
              {t('hearing.import.confirm', { n: preview.okCount })}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
