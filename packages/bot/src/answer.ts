/**
 * What a command answers, before it is drawn for Discord (embeds) or for a terminal (text): a
 * title, a summary, items (one per person or meeting), and optionally a picture.
 */

/** One block of an answer: a heading, a few lines, the evidence sentence and where it comes from. */
export interface AnswerItem {
  readonly heading: string;
  readonly lines: readonly string[];
  /** The evidence sentence, as the article wrote it. */
  readonly quote?: string;
  /** Where the evidence comes from: article id, publication date, and its address when known. */
  readonly source?: { readonly label: string; readonly url: string | null };
}

export interface Answer {
  readonly title: string;
  readonly summary?: string;
  readonly items: readonly AnswerItem[];
  readonly image?: { readonly name: string; readonly data: Buffer; readonly description: string };
  /** True for answers only the asker should see (errors, refusals). */
  readonly ephemeral?: boolean;
}

/** An answer that says what went wrong, seen only by the one who asked. */
export function errorAnswer(message: string): Answer {
  return { title: 'تعذّر تنفيذ الطلب · Could not do that', summary: message, items: [], ephemeral: true };
}
