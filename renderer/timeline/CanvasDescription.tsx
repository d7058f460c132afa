import { useEffect, useState } from 'react';
import { describeCase } from '../../shared/narrative/describe';
import { useLocaleStore } from '../i18n';
import { editorStore } from '../store/editor-store';

/** The id the canvas points to (aria-describedby) for its text alternative. */
export const CANVAS_DESCRIPTION_ID = 'canvas-description';

/** Written again this long after the last change: a drawing session changes the case often. */
const SETTLE_MS = 1500;

/**
 * The canvas's text alternative: the case told in words, for screen readers, kept up to date a
 * moment after changes (not at every keystroke or drag step). Visually hidden.
 */
export function CanvasDescription() {
  const locale = useLocaleStore((s) => s.locale);
  const [text, setText] = useState('');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let shown: unknown = null;
    const write = () => {
      const { doc, dragBase } = editorStore.getState();
      if (!doc || dragBase || doc === shown) return;
      shown = doc;
      setText(describeCase(doc, { locale }).text);
    };
    write();
    const stop = editorStore.subscribe((state, previous) => {
      if (state.doc === previous.doc) return;
      clearTimeout(timer);
      // Written when the browser is idle: telling a large case takes a few tens of milliseconds.
      timer = setTimeout(() => (window.requestIdleCallback ? window.requestIdleCallback(write, { timeout: SETTLE_MS }) : write()), SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [locale]);
  return (
    <div id={CANVAS_DESCRIPTION_ID} className="visually-hidden" data-testid="canvas-description">
      {text}
    </div>
  );
}
