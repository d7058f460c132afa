// Installs the fake as the `electron` module for a test file:
//   const electron = useFakeElectron();   // at the top of the file, before importing main code
import { afterEach, beforeEach } from 'vitest';
import { createFakeElectron, removeTemporaryUserData, type FakeElectron } from '../fake-electron';

export const fakeHolder: { current: FakeElectron } = { current: createFakeElectron() };

export function useFakeElectron(): () => FakeElectron {
  beforeEach(() => {
    fakeHolder.current = createFakeElectron();
  });
  afterEach(removeTemporaryUserData);
  return () => fakeHolder.current;
}

/** The app started again on the same disk: a new fake sharing the profile folder of the current one. */
export function relaunch(): FakeElectron {
  fakeHolder.current = createFakeElectron(fakeHolder.current.app.userDataFolder());
  return fakeHolder.current;
}
