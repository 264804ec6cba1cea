import type { CorpusMeeting, CorpusPerson, MeetingKind } from '@liqa/core';
import type { AnswerItem } from '../answer.js';

/** Arabic labels of the meeting kinds, as a reader of Arabic news would name them. */
export const KIND_LABELS: Readonly<Record<MeetingKind, string>> = {
  meeting: 'لقاء',
  reception: 'استقبال',
  talks: 'مباحثات',
  visit: 'زيارة',
  call: 'اتصال هاتفي',
};

/** `خلوصي أكار (Hulusi Akar)`. */
export const personLabel = (p: { readonly name: string; readonly en: string }) =>
  p.en ? `${p.name} (${p.en})` : p.name;

/** `2020-08-17 · استقبال · فندق كورنثيا`; an undated meeting says so. */
export function meetingLine(meeting: CorpusMeeting): string {
  return [
    meeting.date ?? 'تاريخ غير معروف',
    KIND_LABELS[meeting.kind],
    meeting.status === 'planned' ? 'مرتقب' : null,
    meeting.place,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Where a meeting is reported: the first source, and how many others report it. */
export function sourceOf(meeting: CorpusMeeting): AnswerItem['source'] {
  const [first] = meeting.sources;
  if (!first) return undefined;
  const others = meeting.sources.length - 1;
  const label = [first.title ?? first.article, first.published, others > 0 ? `+${others} مصادر أخرى` : null]
    .filter(Boolean)
    .join(' · ');
  return { label, url: first.url };
}

/** One meeting as an answer item: who, when, where, the evidence. */
export function meetingItem(meeting: CorpusMeeting, heading?: string): AnswerItem {
  const people = meeting.participants.map((p) => `${personLabel(p)}${p.attendee ? ' (حضور)' : ''}`).join('، ');
  return {
    heading: heading ?? meetingLine(meeting),
    lines: heading ? [meetingLine(meeting), people] : [people],
    quote: meeting.sources[0]?.sentence,
    source: sourceOf(meeting),
  };
}

/** Who a person is, in a few lines. */
export function personLines(person: CorpusPerson): string[] {
  const lines = [
    `${person.meetings} لقاءات في ${person.articles} مقالات · ${person.meetings} meetings in ${person.articles} articles`,
  ];
  if (person.aliases.length > 0) lines.push(`أسماء أخرى: ${person.aliases.slice(0, 12).join('، ')}`);
  if (person.roles.length > 0) lines.push(`الصفة: ${person.roles.slice(0, 4).join('؛ ')}`);
  return lines;
}
