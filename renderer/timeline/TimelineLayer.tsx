// The "over time" tools placed in the editor: the timeline bar under the canvas, the comparison
// dialog, the canvas's text alternative, and the side panels (indicators, the case in words).
// Editor.tsx only places these two components.
import { useEffect } from 'react';
import { useLocaleStore, useT } from '../i18n';
import { useEditor } from '../store/editor-store';
import { CanvasDescription } from './CanvasDescription';
import { CompareDialog } from './CompareDialog';
import { IndicatorsPanel } from './IndicatorsPanel';
import { NarrativePanel } from './NarrativePanel';
import { TimelineBar } from './TimelineBar';
import { timelineStore, useTimeline } from './timeline-store';
import './timeline.css';

export function TimelineLayer({ onSnapshots }: { onSnapshots(): void }) {
  const barOpen = useTimeline((s) => s.barOpen);
  const comparing = useTimeline((s) => s.comparing);
  const doc = useEditor((s) => (comparing ? s.doc : null));
  const presentation = useEditor((s) => s.view.presentation);
  const caseId = useEditor((s) => s.doc?.id);
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  // Another case, another timeline: the date of the map and the open tools do not carry over.
  useEffect(() => () => timelineStore.getState().reset(), [caseId]);
  return (
    <>
      {!barOpen && !presentation && (
        <button type="button" className="timeline-tab" aria-expanded={false} title={`${t('editor.timelineHint')} (${locale === 'fr' ? 'Ctrl+Maj+D' : 'Ctrl+Shift+D'})`} onClick={() => timelineStore.getState().toggleBar(true)}>
          {t('editor.timeline')} ▴
        </button>
      )}
      {barOpen && !presentation && (
        <TimelineBar
          onSnapshots={() => {
            timelineStore.getState().showPanel(null);
            onSnapshots();
          }}
        />
      )}
      {comparing && doc && <CompareDialog doc={doc} from={comparing.from} to={comparing.to} />}
      <CanvasDescription />
    </>
  );
}

/** The side panel of the over-time tools, when one is open (it takes the inspector's place). */
export function TimelineSidePanel() {
  const panel = useTimeline((s) => s.panel);
  if (panel === 'indicators') return <IndicatorsPanel />;
  if (panel === 'narrative') return <NarrativePanel />;
  return null;
}
