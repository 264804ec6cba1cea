import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer, AnswerItem } from '../answer.js';
import { escapeDiscord, truncate } from './escape.js';

/**
 * An answer as Discord embeds, one per page, within Discord's limits (title 256, description
 * 4,096, 25 fields of 256 + 1,024, 6,000 characters per message, footer 2,048): long answers are
 * paginated and over-long text truncated, so that a reply never fails on size.
 */

export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
} as const;

/** Items per page: a page stays readable on a phone. */
const ITEMS_PER_PAGE = 6;
/** Left for the footer's page count and rounding. */
const TOTAL_MARGIN = 200;
/** Liqa's colour (a muted teal), and the colour of refusals. */
const COLOUR = 0x2a7f7a;
const ERROR_COLOUR = 0xb3412f;

/** A link Discord will show, only for http(s) addresses, with characters that would end it encoded. */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.toString().replace(/[()<> ]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return null;
  }
}

/** One item as an embed field: its lines, the evidence quoted, its source linked. */
export function itemField(item: AnswerItem): APIEmbedField {
  const lines = item.lines.map((line) => escapeDiscord(line));
  const url = safeUrl(item.source?.url ?? null);
  const source = item.source
    ? url
      ? `— [${escapeDiscord(truncate(item.source.label, 120))}](${url})`
      : `— ${escapeDiscord(truncate(item.source.label, 160))}`
    : '';
  const fixed = [...lines, source].filter(Boolean).join('\n');
  let value = fixed;
  if (item.quote) {
    const room = EMBED_LIMITS.fieldValue - fixed.length - 8;
    if (room > 40)
      value = [...lines, `> «${escapeDiscord(truncate(item.quote.replace(/\s+/g, ' '), room))}»`, source]
        .filter(Boolean)
        .join('\n');
  }
  return {
    name: truncate(escapeDiscord(item.heading), EMBED_LIMITS.fieldName) || '—',
    value: truncate(value, EMBED_LIMITS.fieldValue) || '—',
  };
}

const fieldSize = (f: APIEmbedField) => f.name.length + f.value.length;

/** The answer as one embed per page. */
export function answerPages(answer: Answer): APIEmbed[] {
  const title = truncate(escapeDiscord(answer.title), EMBED_LIMITS.title);
  const description = answer.summary ? truncate(escapeDiscord(answer.summary), EMBED_LIMITS.description) : undefined;
  const head = title.length + (description?.length ?? 0);
  const fields = answer.items.map(itemField);
  const pages: APIEmbedField[][] = [];
  let page: APIEmbedField[] = [];
  let size = head;
  for (const field of fields) {
    const full =
      page.length >= Math.min(ITEMS_PER_PAGE, EMBED_LIMITS.fields) ||
      size + fieldSize(field) > EMBED_LIMITS.total - TOTAL_MARGIN;
    if (full && page.length > 0) {
      pages.push(page);
      page = [];
      size = head;
    }
    page.push(field);
    size += fieldSize(field);
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages.map((pageFields, i) => ({
    title,
    description,
    color: answer.ephemeral ? ERROR_COLOUR : COLOUR,
    fields: pageFields,
    footer: { text: pages.length > 1 ? `لقاء · liqa — ${i + 1}/${pages.length}` : 'لقاء · liqa' },
    ...(answer.image ? { image: { url: `attachment://${answer.image.name}` } } : {}),
  }));
}

/** Characters an embed counts toward the 6,000 limit. */
export function embedSize(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}
