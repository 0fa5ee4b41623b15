import type { Annotation } from '@/lib/annotations/model';
import { ANNOTATION_FORMATS, type AnnotationFormat, type EntityFormat } from '@/lib/export/files';
import { useText } from './LanguageRoot';
import { ExportChooser } from './ExportChooser';
import { annotationChoices, exportAnnotations } from './export-annotations';
import { entityChoices, exportEntities } from './export-entities';

interface Props {
  tabId: number;
  /** The page's annotations. */
  annotations: readonly Annotation[];
  /** The page's title, for the JSON-LD collection's label. */
  title: string | null;
  /** Whether a content script runs in the tab: without one, there is no text to export spans of. */
  readable: boolean;
}

const isAnnotationFormat = (format: AnnotationFormat | EntityFormat): format is AnnotationFormat =>
  (ANNOTATION_FORMATS as readonly string[]).includes(format);

/** "Export this page": its annotations (JSON-LD, CSV, ClaimReview) or its entity spans (JSONL, CoNLL). */
export function PageExport({ tabId, annotations, title, readable }: Props) {
  const text = useText();
  const choices = [
    ...annotationChoices(text, annotations, { noAnnotations: text('popup.noAnnotations'), noClaims: text('popup.noClaims') }),
    ...entityChoices(text, readable ? null : text('popup.notReadShort')),
  ];
  return (
    <section class="page-export" aria-labelledby="page-export-heading">
      <h2 id="page-export-heading">{text('popup.exportHeading')}</h2>
      <ExportChooser
        label={text('popup.exportFormat')}
        choices={choices}
        buttonLabel={text('popup.exportButton')}
        onExport={(format) =>
          isAnnotationFormat(format) ? exportAnnotations(text, format, annotations, 'page', title ?? undefined) : exportEntities(text, format, tabId)
        }
      />
    </section>
  );
}
