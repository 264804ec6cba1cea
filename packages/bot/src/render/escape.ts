/**
 * Article text is untrusted: it may hold `@everyone`, `<@123>` mentions, markdown, masked links or
 * invite links. Everything from an article or a user goes through these before it reaches Discord,
 * besides `allowedMentions: { parse: [] }` on every reply.
 */

/** ZERO WIDTH SPACE (U+200B): breaks a mention or a link without changing what a reader sees. */
const ZWSP = '\u200b';

/** Characters that carry markdown in Discord messages and embeds (`>`, `#`, `-` open quotes, headings and lists). */
const MARKDOWN = /[\\*_~`|>#[\]]|^-/gm;

/** Makes `text` inert in Discord: no mentions, no markdown, no masked links, no auto-linked URLs. */
export function escapeDiscord(text: string): string {
  return text
    .replace(MARKDOWN, (ch) => `\\${ch}`)
    .replace(/@/g, `@${ZWSP}`)
    .replace(/<(?=[@#:&!a]|\/|t:)/g, `<${ZWSP}`)
    .replace(/(https?):\/\//gi, `$1:${ZWSP}//`)
    .replace(/discord\.(gg|com\/invite)/gi, (m) => m.replace('.', `${ZWSP}.`));
}

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair, marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
