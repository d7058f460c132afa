// Installs the fake as the `electron` module for a test file:
//   const electron = useFakeElectron();   // at the top of the file, before importing main code
import { beforeEach } from 'vitest';
import { createFakeElectron, type FakeElectron } from '../fake-electron';

export const fakeHolder: { current: FakeElectron } = { current: createFakeElectron() };

export function useFakeElectron(): () => FakeElectron {
  beforeEach(() => {
    fakeHolder.current = createFakeElectron();
  });
  return () => fakeHolder.current;
}
