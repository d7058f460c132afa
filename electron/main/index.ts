// Entry point of Electron's main process. Kept to wiring only: the logic lives in modules that
// are unit-tested with a fake of the `electron` module.
import { defaultAppPaths, runApp } from './app';

runApp(defaultAppPaths(__dirname));
