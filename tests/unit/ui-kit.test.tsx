// The UI kit's markup, rendered by React's server renderer and read back as XML (the markup
// of these components is well-formed XHTML).
import { describe, expect, test } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { XMLParser } from 'fast-xml-parser';
import { Cell, RowHeader, Table } from '@/components/ui/table';
import { Notice } from '@/components/ui/notice';
import { Badge } from '@/components/ui/badge';

type El = { tag: string; attrs: Record<string, string>; children: El[]; text: string };

/** A small element tree with querySelector-like helpers over the rendered markup. */
function dom(node: React.ReactElement) {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, trimValues: false });
  const toEl = (raw: Record<string, unknown>): El | null => {
    const tag = Object.keys(raw).find((k) => k !== ':@');
    if (!tag || tag === '#text') return null;
    const kids = (raw[tag] as Record<string, unknown>[]).map((k) => ('#text' in k ? { tag: '#text', attrs: {}, children: [], text: String(k['#text']) } : toEl(k))).filter((k): k is El => k !== null);
    return { tag, attrs: (raw[':@'] as Record<string, string>) ?? {}, children: kids, text: kids.map((k) => k.text).join('') };
  };
  const root = toEl({ root: parser.parse(renderToStaticMarkup(node)) })!;
  const all = (el: El): El[] => el.children.flatMap((c) => [c, ...all(c)]);
  return {
    find: (tag: string) => all(root).filter((e) => e.tag === tag),
    one: (tag: string) => all(root).find((e) => e.tag === tag)!,
  };
}

describe('Table', () => {
  const doc = dom(
    <Table caption="Entités" columns={['Sigle', { label: 'Nom', className: 'px-1', title: 'Nom complet' }, <span key="x" className="sr-only">Retirer</span>]}>
      <tr><RowHeader>MISP</RowHeader><Cell className="px-1">Ministère</Cell><Cell dense>—</Cell></tr>
    </Table>,
  );

  test('scrolls in a region named by its caption that the keyboard reaches', () => {
    const region = doc.one('div');
    expect(region.attrs.role).toBe('region');
    expect(region.attrs['aria-label']).toBe('Entités');
    expect(region.attrs.tabindex).toBe('0');
    expect(doc.one('caption').text).toBe('Entités');
  });

  test('header cells are column headers, the row header names its row, classes override padding', () => {
    const ths = doc.find('th');
    const cols = ths.filter((c) => c.attrs.scope === 'col');
    expect(cols.map((c) => c.text)).toEqual(['Sigle', 'Nom', 'Retirer']);
    expect(cols[1].attrs.title).toBe('Nom complet');
    expect(cols[1].attrs.class).toBe('px-1');
    expect(ths.filter((c) => c.attrs.scope === 'row').map((c) => c.text)).toEqual(['MISP']);
    const [own, dense] = doc.find('td');
    expect(own.attrs.class.split(/\s+/)).not.toContain('px-3');
    expect(dense.attrs.class.split(/\s+/)).toContain('px-2');
  });
});

describe('Notice and Badge', () => {
  test('an error is an alert, a success a status, a note neither live', () => {
    const role = (node: React.ReactElement) => dom(node).one('div').attrs.role;
    expect(role(<Notice tone="error">Refusé</Notice>)).toBe('alert');
    expect(role(<Notice tone="success">Enregistré</Notice>)).toBe('status');
    expect(role(<Notice tone="warning" role="note">Démo</Notice>)).toBe('note');
    expect(role(<Notice tone="success" role="none">Fait</Notice>)).toBeUndefined();
  });

  test('a badge says its state in words and keeps its data attributes', () => {
    const span = dom(<Badge tone="danger" data-question-state="conflict">Conflit</Badge>).one('span');
    expect(span.text).toBe('Conflit');
    expect(span.attrs['data-question-state']).toBe('conflict');
    expect(span.attrs.class).toContain('bg-red-100');
  });
});
