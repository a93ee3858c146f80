/** @module Buttons, fields and focus rings shared by the inspector's components, from the theme's tokens. */
import { css } from 'lit';
import { focusRing } from './focus-ring.ts';

/**
 * `.btn` (with `.primary`, `.danger`, `.ghost`, `.small`), `.field` inputs and selects, `.link`
 * buttons, and one visible focus ring for all of them.
 * @example static override styles = [controls, css`:host { display: block; }`]
 */
export const controls = css`
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    height: 28px;
    padding: 0 11px;
    font: 500 var(--hb-font-size) / 1 var(--hb-font-ui);
    color: var(--hb-text);
    background: var(--hb-surface);
    border: 1px solid var(--hb-border-strong);
    border-radius: var(--hb-radius);
    cursor: pointer;
    white-space: nowrap;
    text-decoration: none;
    box-sizing: border-box;
  }
  .btn:hover:not(:disabled) {
    background: var(--hb-surface-2);
  }
  .btn:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .btn.primary {
    color: var(--hb-accent-text);
    background: var(--hb-accent);
    border-color: var(--hb-accent);
    font-weight: 600;
  }
  .btn.primary:hover:not(:disabled) {
    background: var(--hb-accent);
    filter: brightness(1.1);
  }
  .btn.danger {
    color: var(--hb-fail);
    border-color: color-mix(in srgb, var(--hb-fail) 45%, transparent);
  }
  .btn.danger.solid {
    color: #fff;
    background: var(--hb-fail);
    border-color: var(--hb-fail);
  }
  .btn.ghost {
    border-color: transparent;
    background: transparent;
  }
  .btn.small {
    height: 24px;
    padding: 0 8px;
    font-size: var(--hb-font-size-small);
  }
  .link {
    font: inherit;
    color: var(--hb-accent);
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
  }
  .link:hover {
    text-decoration: underline;
  }
  .field {
    font: var(--hb-font-size) / 1.3 var(--hb-font-ui);
    color: var(--hb-text);
    background: var(--hb-surface);
    border: 1px solid var(--hb-border-strong);
    border-radius: var(--hb-radius);
    padding: 4px 7px;
    min-width: 0;
    box-sizing: border-box;
    height: 28px;
  }
  .field.mono,
  textarea.field {
    font-family: var(--hb-font-mono);
    font-size: var(--hb-font-size-small);
  }
  textarea.field {
    height: auto;
    line-height: 1.5;
    resize: vertical;
  }
  .field[aria-invalid='true'] {
    border-color: var(--hb-fail);
  }
  ${focusRing}
  .field:focus {
    outline: 2px solid var(--hb-focus);
    outline-offset: -1px;
  }
  .error-box {
    padding: 6px 9px;
    border-radius: var(--hb-radius);
    background: var(--hb-fail-bg);
    color: var(--hb-fail);
    font-size: var(--hb-font-size-small);
    word-break: break-word;
  }
  .error-box code {
    font-family: var(--hb-font-mono);
    font-weight: 700;
  }
`;
