/**
 * @module JSON as a foldable tree, every literal exactly as sent; its text content is the JSON itself,
 * so selecting and copying it gives valid JSON.
 */
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { parseJsonTree, type JsonNode } from '../format/json-tree.ts';

/**
 * @example html`<hb-json-tree .text=${body}></hb-json-tree>`
 */
@customElement('hb-json-tree')
export class HbJsonTree extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: var(--hb-font-size-small) / 1.55 var(--hb-font-mono);
      color: var(--hb-text);
    }
    .line {
      white-space: pre-wrap;
      word-break: break-all;
      padding-left: 14px;
      position: relative;
    }
    .children {
      margin-left: 14px;
      border-left: 1px dotted var(--hb-border);
    }
    summary {
      list-style: none;
      cursor: pointer;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    summary::before {
      content: '▾';
      position: absolute;
      left: 2px;
      color: var(--hb-text-muted);
      font-size: 10px;
    }
    details:not([open]) > summary::before {
      content: '▸';
    }
    details:not([open]) > summary::after {
      content: ' … ' attr(data-close) '  ' attr(data-count);
      color: var(--hb-text-muted);
    }
    summary:hover {
      background: var(--hb-surface-2);
    }
    summary:focus-visible {
      outline: 2px solid var(--hb-focus);
      outline-offset: -2px;
    }
    .k {
      color: var(--hb-json-key);
    }
    .string {
      color: var(--hb-json-string);
    }
    .number {
      color: var(--hb-json-number);
    }
    .literal {
      color: var(--hb-json-literal);
    }
  `;

  @property() text = '';
  private tree: JsonNode | undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('text')) this.tree = parseJsonTree(this.text);
  }

  override render() {
    return this.tree ? html`<div class="tree" role="tree">${renderNode(this.tree, undefined, true)}</div>` : nothing;
  }
}

function renderNode(node: JsonNode, key: string | undefined, last: boolean): TemplateResult {
  const label = key === undefined ? nothing : html`<span class="k">${key}</span>: `;
  const comma = last ? '' : ',';
  if (node.kind !== 'object' && node.kind !== 'array') {
    return html`<div class="line" role="treeitem">${label}<span class=${node.kind}>${node.raw}</span>${comma}</div>`;
  }
  const [open, close] = node.kind === 'object' ? ['{', '}'] : ['[', ']'];
  const children =
    node.kind === 'object'
      ? node.entries.map((e, i) => renderNode(e.value, e.key, i === node.entries.length - 1))
      : node.items.map((item, i) => renderNode(item, undefined, i === node.items.length - 1));
  if (children.length === 0) return html`<div class="line" role="treeitem">${label}${open}${close}${comma}</div>`;
  const count = node.kind === 'object' ? `${children.length} ${children.length === 1 ? 'key' : 'keys'}` : `${children.length} ${children.length === 1 ? 'item' : 'items'}`;
  return html`<details open role="treeitem" aria-expanded="true" @toggle=${onToggle}>
    <summary class="line" data-close="${close}${comma}" data-count=${count}>${label}${open}</summary>
    <div class="children" role="group">${children}</div>
    <div class="line">${close}${comma}</div>
  </details>`;
}

function onToggle(e: Event): void {
  const details = e.currentTarget as HTMLDetailsElement;
  details.setAttribute('aria-expanded', String(details.open));
}

declare global {
  interface HTMLElementTagNameMap {
    'hb-json-tree': HbJsonTree;
  }
}
