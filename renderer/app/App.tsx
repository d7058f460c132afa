import { StartScreen } from './StartScreen';

export function App() {
  return <StartScreen />;
}
