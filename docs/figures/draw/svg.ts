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

/** A figure's title: bold, 14 px, from the card's left edge, its first line's baseline here. */
const TITLE = { x: 16, y: 26, size: 14, lineHeight: 18 } as const;

/**
 * The lines of a title that fits `width` px in any sans-serif font: broken between words so
 * that no line is longer than a bold font's widest average (0.7 em a character) allows. A
 * figure is a picture whose text the reader's fonts draw, so its title must not rely on a
 * narrow one.
 */
export function titleLines(title: string, width: number, size: number = TITLE.size): string[] {
  const most = Math.floor(width / (size * 0.7));
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > most) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * {@link svgDocument} with its title drawn at the top left, on as many lines as it needs to
 * fit the card (see {@link titleLines}); `body` is drawn for a one-line title and moved down
 * by the lines added.
 */
export function titledDocument(
  width: number,
  height: number,
  title: string,
  body: readonly string[],
): string {
  const lines = titleLines(title, width - 2 * TITLE.x);
  const extra = (lines.length - 1) * TITLE.lineHeight;
  const heading = lines.map((line, i) =>
    text(TITLE.x, TITLE.y + i * TITLE.lineHeight, line, {
      anchor: 'start',
      weight: 'bold',
      size: TITLE.size,
    }),
  );
  const moved = extra === 0 ? body : [`<g transform="translate(0 ${extra})">`, ...body, '</g>'];
  return svgDocument(width, height + extra, title, [...heading, ...moved]);
}

/** Rounds a coordinate to a tenth of a pixel, so the files stay small and stable. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}
