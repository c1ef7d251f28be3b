import { apiKey, setApiKey } from './api-key.js';
import { byId } from './dom.js';

/**
 * The "API key" box in the header, for servers where reads need a key. Collapsed until the server
 * answers UNAUTHENTICATED; then it opens with the input focused.
 */
export function setUpApiKeyForm(status: (message: string) => void, onSaved: () => void): { ask(): void } {
  const box = byId<HTMLDetailsElement>('api-key');
  const form = byId<HTMLFormElement>('api-key-form');
  const input = byId<HTMLInputElement>('api-key-input');
  const summary = box.querySelector('summary')!;
  const describe = () => (summary.textContent = apiKey() ? 'API key (set)' : 'API key');
  describe();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    setApiKey(input.value.trim() || null);
    input.value = '';
    box.open = false;
    describe();
    status(apiKey() ? 'API key saved for this tab.' : 'API key removed.');
    onSaved();
  });
  byId('api-key-forget').addEventListener('click', () => {
    setApiKey(null);
    describe();
    status('API key removed.');
  });
  return {
    ask: () => {
      box.open = true;
      input.focus();
    },
  };
}
