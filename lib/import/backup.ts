/**
 * The NewsLens backup: everything a reader would lose with the extension — every annotation (notes, highlights,
 * claim verdicts and entity corrections, which are annotations of kind `entity`) and the settings — in one JSON
 * file that `readImportFile` reads back exactly. Annotations are stored in the model's own form, so export → erase
 * → import gives back the same objects.
 *
 * `version` is the format's, not the extension's: a reader that meets a newer version refuses it rather than
 * guessing at fields it does not know.
 */
import * as v from 'valibot';
import type { Annotation } from '../annotations/model';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../settings/settings';
import { valueIssue } from './issues';
import type { ImportProblem } from './problems';

export const BACKUP_FORMAT = 'newslens-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** When the backup was made (ISO 8601, UTC). */
  exported: string;
  settings: Settings;
  annotations: Annotation[];
}

export function makeBackup(annotations: readonly Annotation[], settings: Settings, now: Date): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exported: now.toISOString(), settings, annotations: [...annotations] };
}

/** Is this parsed JSON meant to be a backup? (Then it is read as one, strictly, or refused.) */
export function isBackup(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as Record<string, unknown>).format === BACKUP_FORMAT;
}

/** The envelope; the annotations are checked one by one by the caller, to name each bad one. */
const envelopeSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exported: v.pipe(v.string(), v.isoTimestamp()),
  settings: v.nullish(v.unknown()),
  annotations: v.array(v.unknown()),
});

export type BackupContents = { ok: true; settings: Settings | null; items: unknown[] } | { ok: false; problem: ImportProblem };

/** The settings and the (not yet validated) annotations of a backup, or why it cannot be read. */
export function readBackup(value: Record<string, unknown>): BackupContents {
  const envelope = v.safeParse(envelopeSchema, value);
  if (!envelope.success) {
    return { ok: false, problem: { kind: 'backupDamaged', problem: valueIssue(envelope.issues[0]) } };
  }
  const { version, settings, annotations } = envelope.output;
  if (version > BACKUP_VERSION) {
    return { ok: false, problem: { kind: 'backupNewer', version, supported: BACKUP_VERSION } };
  }
  if (settings === null || settings === undefined) return { ok: true, settings: null, items: annotations };
  // A backup made before a setting existed lacks it: the missing ones take their defaults, the present ones must be valid.
  const parsed = v.safeParse(settingsSchema, typeof settings === 'object' ? { ...DEFAULT_SETTINGS, ...settings } : settings);
  if (!parsed.success) {
    return { ok: false, problem: { kind: 'backupSettings', problem: valueIssue(parsed.issues[0], 'settings') } };
  }
  return { ok: true, settings: parsed.output, items: annotations };
}
