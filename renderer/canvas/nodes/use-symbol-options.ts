import { referenceYearOf } from '../../../shared/model/case';
import { useLocaleStore } from '../../i18n';
import { useEditor } from '../../store/editor-store';

/** What every symbol needs to draw itself; each piece is a primitive, so nodes re-render only when it changes. */
export function useSymbolOptions() {
  const locale = useLocaleStore((s) => s.locale);
  const referenceYear = useEditor((s) => (s.doc ? referenceYearOf(s.doc) : new Date().getFullYear()));
  const large = useEditor((s) => s.view.presentation);
  return { locale, referenceYear, large };
}
