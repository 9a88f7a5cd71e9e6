import { useId, type ReactElement, type ReactNode } from 'react';

interface FormFieldProps {
  readonly label: string;
  readonly hint?: ReactNode;
  readonly errors?: readonly string[];
  /** Given the id, the description ids and whether it is invalid, renders the control. */
  readonly children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid': boolean }) => ReactElement;
  readonly wide?: boolean;
}

/** A label, its control, a hint and the API's messages about it, tied together for screen readers. */
export function FormField({ label, hint, errors = [], children, wide = false }: FormFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-field${wide ? ' wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': errors.length > 0 })}
      {errorId && (
        <p id={errorId} className="form-error small">
          {errors.join('; ')}
        </p>
      )}
      {hintId && (
        <p id={hintId} className="muted small">
          {hint}
        </p>
      )}
    </div>
  );
}
