// The one dialog primitive of the app. Every dialog is modal for real:
// - a native <dialog> opened with showModal(): the page behind is inert (no click, no focus);
// - Tab and Maj+Tab cycle inside it;
// - Échap closes it (the parent decides, through onClose);
// - no editor or app shortcut acts while it is open (see isModalOpen, read by the key handler).
import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

let openModals = 0;

/** True while any modal dialog is open: shortcuts and menu commands then wait. */
export function isModalOpen(): boolean {
  return openModals > 0;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function tabStops(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0 && !el.closest('[inert]'));
}

interface Props {
  /** Id of the element that names the dialog (its heading). */
  labelledBy: string;
  onClose(): void;
  className?: string;
  children: ReactNode;
}

export function ModalDialog({ labelledBy, onClose, className, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  useLayoutEffect(() => {
    close.current = onClose;
  });
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    openModals += 1;
    // The browser may have focused the dialog or a scrolling box: start on a control instead
    // (the one marked autofocus by React if any, else the first).
    const stops = tabStops(element);
    if (!stops.includes(document.activeElement as HTMLElement)) stops[0]?.focus();
    return () => {
      openModals -= 1;
      element.close();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // Keys typed in a dialog are the dialog's: nothing behind it hears them.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close.current();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const stops = tabStops(dialog.current);
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (!first || !last) return event.preventDefault();
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !dialog.current.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialog.current.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialog}
      className={`modal${className ? ` ${className}` : ''}`}
      aria-labelledby={labelledBy}
      onKeyDown={onKeyDown}
      // Échap with the focus outside any field (the browser's own close request).
      onCancel={(event) => {
        event.preventDefault();
        close.current();
      }}
    >
      {children}
    </dialog>
  );
}
