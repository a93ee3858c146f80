/** @module The inspector's shared look: a few CSS custom properties on :root, light and dark. */
import { css } from 'lit';

/**
 * Every component reads these and nothing else of the page; custom properties cross shadow roots,
 * so adopting this once on the document themes them all. Dark follows `prefers-color-scheme`.
 * @example document.adoptedStyleSheets = [...document.adoptedStyleSheets, themeTokens.styleSheet!]
 */
export const themeTokens = css`
  :root {
    color-scheme: light dark;
    --hb-font-ui: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    --hb-font-mono: ui-monospace, 'SFMono-Regular', 'JetBrains Mono', Menlo, Consolas, 'DejaVu Sans Mono', monospace;
    --hb-font-size: 13px;
    --hb-font-size-small: 11.5px;
    --hb-radius: 5px;
    --hb-row-height: 34px;

    --hb-bg: #f4f5f7;
    --hb-surface: #ffffff;
    --hb-surface-2: #f1f3f6;
    --hb-code-bg: #f7f8fa;
    --hb-selected: #e8f0fe;
    --hb-border: #dfe3e8;
    --hb-border-strong: #c5ccd5;
    --hb-text: #1b1f24;
    --hb-text-muted: #5f6b7a;
    --hb-accent: #2563eb;
    --hb-accent-text: #ffffff;
    --hb-focus: #2563eb;
    --hb-shadow: 0 10px 30px rgba(15, 23, 42, 0.18), 0 2px 6px rgba(15, 23, 42, 0.08);

    --hb-ok: #1a7f37;
    --hb-ok-bg: #dcf5e3;
    --hb-fail: #c4232e;
    --hb-fail-bg: #ffe9e8;
    --hb-warn: #9a6100;
    --hb-warn-bg: #fff3c8;
    --hb-info: #0b63ce;
    --hb-info-bg: #ddefff;
    --hb-idle: #57606a;
    --hb-idle-bg: #eaeef2;

    --hb-json-key: #0550ae;
    --hb-json-string: #0a3069;
    --hb-json-number: #953800;
    --hb-json-literal: #8250df;
  }
  @media (prefers-color-scheme: dark) {
    :root {
      --hb-bg: #0d1117;
      --hb-surface: #151a21;
      --hb-surface-2: #1c232c;
      --hb-code-bg: #11161d;
      --hb-selected: #19304f;
      --hb-border: #2a313b;
      --hb-border-strong: #3b4450;
      --hb-text: #e3e8ee;
      --hb-text-muted: #8d97a3;
      --hb-accent: #3b82f6;
      --hb-accent-text: #ffffff;
      --hb-focus: #60a5fa;
      --hb-shadow: 0 12px 32px rgba(0, 0, 0, 0.55), 0 2px 8px rgba(0, 0, 0, 0.4);

      --hb-ok: #3fb950;
      --hb-ok-bg: rgba(46, 160, 67, 0.16);
      --hb-fail: #f85149;
      --hb-fail-bg: rgba(248, 81, 73, 0.16);
      --hb-warn: #d29922;
      --hb-warn-bg: rgba(187, 128, 9, 0.18);
      --hb-info: #58a6ff;
      --hb-info-bg: rgba(56, 139, 253, 0.16);
      --hb-idle: #8d97a3;
      --hb-idle-bg: rgba(110, 118, 129, 0.18);

      --hb-json-key: #79c0ff;
      --hb-json-string: #a5d6ff;
      --hb-json-number: #ffa657;
      --hb-json-literal: #d2a8ff;
    }
  }
  html,
  body {
    margin: 0;
    height: 100%;
    background: var(--hb-bg);
    color: var(--hb-text);
    font: var(--hb-font-size) / 1.45 var(--hb-font-ui);
  }
`;

/**
 * The small uppercase label over a panel section; components add only their own margins.
 * @example static override styles = [sectionHeading, css`h2 { margin: 0 0 10px; }`]
 */
export const sectionHeading = css`
  .section-heading {
    font-size: var(--hb-font-size-small);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--hb-text-muted);
  }
`;
