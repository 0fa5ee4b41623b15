/**
 * What the options page's "Your data" part asks of the background's annotation store, with a refusal turned into an
 * error carrying the store's own words, and the backup file made from the store and the settings.
 */
import { browser } from 'wxt/browser';
import type { Annotation } from '@/lib/annotations/model';
import { backupExport } from '@/lib/export/files';
import { makeBackup } from '@/lib/import/backup';
import { sendToBackground } from '@/lib/messaging/send';
import { loadSettings } from '@/lib/settings/settings-store';
import { downloadFile } from '../download';

export async function allAnnotations(): Promise<Annotation[]> {
  const reply = await sendToBackground('annotation/list-all', {});
  if (!reply.ok) throw new Error(reply.message);
  return reply.value;
}

/** Every annotation (entity corrections included) and the saved settings, downloaded as one file; resolves to its name. */
export async function downloadBackup(): Promise<string> {
  const [annotations, settings] = await Promise.all([allAnnotations(), loadSettings(browser.storage.local)]);
  const now = new Date();
  const file = backupExport(makeBackup(annotations, settings, now), now);
  await downloadFile(file.contents, file.fileName, file.mime);
  return file.fileName;
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
