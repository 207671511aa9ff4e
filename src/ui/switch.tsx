// An on/off control: a checkbox with role="switch", named by its visible label alone, so
// "Analytics" is exactly what a screen reader (and a test) finds.
export interface SwitchProps {
  readonly label: string;
  readonly checked: boolean;
  readonly disabled?: boolean;
  readonly describedBy?: string;
  readonly onChange?: (on: boolean) => void;
}

export function Switch({ label, checked, disabled, describedBy, onChange }: SwitchProps) {
  return (
    <label class="sw">
      <input
        type="checkbox"
        // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox with role=switch exposes its checked state itself (ARIA in HTML)
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => onChange?.(e.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}
