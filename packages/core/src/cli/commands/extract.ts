import { createInterface } from 'node:readline';
import { defineCommand } from 'citty';
import { z } from 'zod';
import { isLiqaError } from '../../errors.js';
import { extractMeetings } from '../../meetings/extract-meetings.js';
import type { Meeting } from '../../model.js';
import { parseArticle } from '../../text/parse-article.js';
import { collectFiles, readArticleFile } from '../files.js';
import { parseArgs } from '../output.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const argsSchema = z
  .object({
    _: z.array(z.string()),
    jsonl: z.boolean().default(false),
    json: z.boolean().default(false),
    published: z.string().regex(ISO_DAY, '--published must be a date as YYYY-MM-DD').optional(),
  })
  .refine((a) => a.jsonl || a._.length > 0, {
    message: 'give files or folders to read, or --jsonl to read JSON lines on stdin',
  });

/** One line of `--jsonl` input, as the scorer and batch users send it. */
const jsonlArticleSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string().nullish(),
  text: z.string(),
  published: z.string().regex(ISO_DAY).nullish(),
});

/** A meeting as one JSON record: the scorer's fields, then the evidence for people. */
export function meetingRecord(meeting: Meeting) {
  return {
    participants: meeting.participants.map((p) => ({
      name: p.name,
      aliases: p.aliases,
      en: p.en,
      role: p.role,
      side: p.side,
      attendee: p.attendee,
    })),
    kind: meeting.kind,
    status: meeting.status,
    date: meeting.date,
    date_text: meeting.dateText,
    place: meeting.place,
    evidence: meeting.evidence.map((e) => ({ start: e.start, end: e.end, text: e.text })),
    confidence: meeting.confidence,
  };
}

const sideLabel = (meeting: Meeting, side: number) => {
  if (side === 0) return meeting.kind === 'reception' ? 'host ' : 'side 1';
  return meeting.kind === 'reception' ? 'guest' : `side ${side + 1}`;
};

/** A meeting as a few readable lines: kind, status, date, place; each side; the evidence. */
export function renderMeeting(meeting: Meeting, index: number): string {
  const when = meeting.date ? `${meeting.date}${meeting.dateText ? ` (${meeting.dateText})` : ''}` : 'date unknown';
  const lines = [
    `${index + 1}. ${meeting.kind} · ${meeting.status} · ${when} · ${meeting.place ?? 'place unknown'} · confidence ${meeting.confidence}`,
  ];
  const sides = [...new Set(meeting.participants.map((p) => p.side))].sort((a, b) => a - b);
  for (const side of sides) {
    const people = meeting.participants
      .filter((p) => p.side === side)
      .map((p) => `${p.name} (${p.en})${p.attendee ? ' [attended]' : ''}${p.role ? ` — ${p.role}` : ''}`);
    lines.push(`   ${sideLabel(meeting, side)}: ${people.join('; ')}`);
  }
  for (const e of meeting.evidence) lines.push(`   “${e.text}”`);
  return lines.join('\n');
}

async function extractJsonl(published: string | undefined): Promise<number> {
  let failures = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let id: string | null = null;
    try {
      const raw: unknown = JSON.parse(line);
      const rawId = (raw as { id?: unknown } | null)?.id;
      // Known before validation, so that a bad article still answers under its id.
      if (typeof rawId === 'string' || typeof rawId === 'number') id = String(rawId);
      const input = jsonlArticleSchema.parse(raw);
      id = input.id;
      const article = parseArticle({
        id: input.id,
        title: input.title ?? null,
        text: input.text,
        published: input.published ?? null,
      });
      const meetings = extractMeetings(article, { published: input.published ?? published ?? null });
      process.stdout.write(`${JSON.stringify({ id: input.id, meetings: meetings.map(meetingRecord) })}\n`);
    } catch (error) {
      failures++;
      const reason = error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message;
      process.stderr.write(`liqa extract: stdin line ${lineNumber}${id ? ` (id ${id})` : ''}: ${reason}\n`);
      if (id !== null) process.stdout.write(`${JSON.stringify({ id, meetings: [], error: reason })}\n`);
      if (!(isLiqaError(error) || error instanceof z.ZodError || error instanceof SyntaxError)) throw error;
    }
  }
  return failures;
}

/** `liqa extract`: the meetings each article reports. */
export const extract = defineCommand({
  meta: { name: 'extract', description: 'Find who met whom, when and where, in each article' },
  args: {
    jsonl: {
      type: 'boolean',
      description: 'Read JSON lines {id, title, text, published} on stdin; write one JSON line per article',
    },
    json: { type: 'boolean', description: 'With files: print one JSON line per file instead of readable text' },
    published: {
      type: 'string',
      description: 'Publication date (YYYY-MM-DD) for relative dates, when the input gives none',
    },
  },
  async run({ args }) {
    const input = parseArgs(argsSchema, args);
    if (input.jsonl) {
      if ((await extractJsonl(input.published)) > 0) process.exitCode = 1;
      return;
    }
    let failures = 0;
    for (const path of await collectFiles(input._)) {
      try {
        const article = { ...parseArticle(await readArticleFile(path)), id: path };
        const meetings = extractMeetings(article, { published: input.published ?? null });
        if (input.json) {
          process.stdout.write(`${JSON.stringify({ id: path, meetings: meetings.map(meetingRecord) })}\n`);
        } else {
          const body =
            meetings.length > 0 ? meetings.map(renderMeeting).join('\n') : '(no meeting between named persons)';
          process.stdout.write(`== ${path}\n${body}\n\n`);
        }
      } catch (error) {
        if (!isLiqaError(error)) throw error;
        failures++;
        process.stderr.write(`liqa extract: ${path}: ${(error as Error).message}\n`);
      }
    }
    if (failures > 0) process.exitCode = 1;
  },
});
