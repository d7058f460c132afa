// A text field that picks among the options listed under it (the command palette, the link
// picker): its ARIA and its keys, in one place.

/** The id of an option of the list `listId`, for aria-activedescendant. */
export const optionId = (listId: string, index: number): string => `${listId}-${index}`;

/** The ARIA attributes of the field, `count` options listed, the `chosen` one active. */
export function choiceFieldAria(listId: string, count: number, chosen: number) {
  return {
    type: 'text',
    role: 'combobox',
    'aria-expanded': count > 0,
    'aria-controls': listId,
    'aria-activedescendant': count > 0 ? optionId(listId, chosen) : undefined,
  } as const;
}

/** ↓ moves to the next option, ↑ to the previous: 1, -1, or 0 for another key. */
export function choiceStep(key: string): number {
  return key === 'ArrowDown' ? 1 : key === 'ArrowUp' ? -1 : 0;
}

/** The option `step` away from `chosen`, round the list. */
export function movedChoice(chosen: number, step: number, count: number): number {
  return (chosen + step + count) % Math.max(count, 1);
}
