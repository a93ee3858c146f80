/** @module The one focus ring: every control the keyboard reaches shows it, not the browser's own (which varies by browser and scheme). */
import { css } from 'lit';

/** @example static override styles = [focusRing, css`…`] */
export const focusRing = css`
  a:focus-visible,
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  textarea:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--hb-focus);
    outline-offset: 1px;
  }
`;
