import { useId, useState, type FormEvent } from 'react';

interface ApiKeyFormProps {
  readonly refused: boolean;
  readonly onSubmit: (apiKey: string) => void;
}

/** Asks for the key the server wants; shown in place of the view while none (or a wrong one) is set. */
export function ApiKeyForm({ refused, onSubmit }: ApiKeyFormProps) {
  const [apiKey, setApiKey] = useState('');
  const fieldId = useId();
  const hintId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (apiKey.trim() !== '') onSubmit(apiKey.trim());
  }

  return (
    <section className="panel key-panel" aria-labelledby={`${fieldId}-title`}>
      <h1 id={`${fieldId}-title`}>Sign in with an API key</h1>
      <p id={hintId} className="muted">
        This server accepts requests only with one of its API keys. The key is kept in this tab until you close it.
      </p>
      {refused && (
        <p role="alert" className="form-error">
          That key was not accepted. Check it and try again.
        </p>
      )}
      <form onSubmit={submit} className="key-form">
        <label htmlFor={fieldId}>API key</label>
        <input
          id={fieldId}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={apiKey}
          aria-describedby={hintId}
          aria-invalid={refused}
          onChange={(event) => setApiKey(event.target.value)}
        />
        <button type="submit" className="button primary">
          Continue
        </button>
      </form>
    </section>
  );
}
