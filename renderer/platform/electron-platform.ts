import type { MaillageBridge } from '../../shared/ipc/contract';
import type { Platform } from './platform';

/** The desktop shell, through the preload bridge. */
export function createElectronPlatform(bridge: MaillageBridge): Platform {
  return {
    appVersion: () => bridge.appVersion(),
    openFile: (options) => bridge.showOpenDialog(options),
    async saveFile({ title, suggestedName, filters, data }) {
      const target = await bridge.showSaveDialog({ ...(title ? { title } : {}), suggestedName, filters });
      if (!target) return null;
      await bridge.writeChosenFile({ token: target.token, data: await data() });
      return target.name;
    },
    print: () => window.print(),
    printToPdf: (options) => bridge.printToPdf(options),
    setLocale: (locale) => void bridge.setLocale({ locale }),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}
