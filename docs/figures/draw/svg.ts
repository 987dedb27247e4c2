/**
 * The little SVG the figures need, written with string templates so that a figure is
 * a plain file with no script and nothing to fetch.
 */

/** Escapes text for use inside an SVG element or attribute. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Colours shared by the figures (the book draws variables orange and functions blue). */
export const COLORS = {
  ink: '#1f2328',
  muted: '#59636e',
  variable: '#fde2c4',
  variableStroke: '#d97706',
  func: '#dbeafe',
  funcStroke: '#2563eb',
  badge: '#1e3a8a',
  bar: '#2563eb',
  barAlt: '#d97706',
  grid: '#d0d7de',
} as const;

export interface TextOptions {
  readonly size?: number;
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly weight?: 'normal' | 'bold';
  readonly color?: string;
}

export function text(
  x: number,
  y: number,
  content: string,
  { size = 13, anchor = 'middle', weight = 'normal', color = COLORS.ink }: TextOptions = {},
): string {
  const bold = weight === 'bold' ? ' font-weight="bold"' : '';
  return (
    `<text x="${round(x)}" y="${round(y)}" font-size="${size}" text-anchor="${anchor}"` +
    `${bold} fill="${color}">${escapeXml(content)}</text>`
  );
}

/**
 * A whole SVG document: a white card (readable on the site's dark theme too) with an
 * accessible title. Kept free of blank lines, so Markdown can hold it as one HTML block.
 */
export function svgDocument(
  width: number,
  height: number,
  title: string,
  body: readonly string[],
): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"` +
      ` viewBox="0 0 ${width} ${height}" role="img" font-family="system-ui, sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" rx="8" fill="#ffffff" stroke="${COLORS.grid}"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** Rounds a coordinate to a tenth of a pixel, so the files stay small and stable. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}
