import type { MetPerson } from '../corpus/corpus-view.js';
import type { CorpusMeeting, CorpusPerson } from '../corpus/types.js';

/** Text renderings of corpus answers for the terminal. */

/** `خلوصي أكار (Hulusi Akar)`. */
export const personLabel = (p: { name: string; en: string }) => (p.en ? `${p.name} (${p.en})` : p.name);

/** One meeting: date, kind, place, the people, then each source with its sentence. */
export function renderCorpusMeeting(meeting: CorpusMeeting, indent = ''): string {
  const head = [
    meeting.date ?? 'date unknown',
    meeting.kind,
    meeting.status === 'planned' ? 'planned' : null,
    meeting.place,
  ]
    .filter(Boolean)
    .join(' · ');
  const people = meeting.participants.map((p) => `${personLabel(p)}${p.attendee ? ' [attended]' : ''}`).join('; ');
  const lines = [`${indent}${head}: ${people}`];
  for (const source of meeting.sources) {
    const where = [source.article, source.published, source.url].filter(Boolean).join(' · ');
    lines.push(`${indent}  “${source.sentence}”`, `${indent}   — ${where}`);
  }
  return lines.join('\n');
}

export function renderMet(person: CorpusPerson, met: readonly MetPerson[]): string {
  if (met.length === 0) return `${personLabel(person)} met nobody in this corpus.`;
  const lines = [`${personLabel(person)} met ${met.length} ${met.length === 1 ? 'person' : 'people'}:`];
  for (const entry of met) {
    lines.push(
      '',
      `${personLabel(entry.person)} — ${entry.meetings.length} meeting${entry.meetings.length === 1 ? '' : 's'}`,
    );
    for (const meeting of entry.meetings) lines.push(renderCorpusMeeting(meeting, '  '));
  }
  return lines.join('\n');
}

export function renderPerson(person: CorpusPerson, score?: number): string {
  const lines = [
    `${personLabel(person)}  [${person.id}]${score !== undefined && score < 1 ? `  (match ${score.toFixed(2)})` : ''}`,
    `  meetings: ${person.meetings} in ${person.articles} article${person.articles === 1 ? '' : 's'}`,
  ];
  if (person.aliases.length > 0) lines.push(`  also:     ${person.aliases.join('، ')}`);
  if (person.roles.length > 0) lines.push(`  roles:    ${person.roles.slice(0, 5).join('؛ ')}`);
  for (const merge of person.merges) lines.push(`  merged:   ${merge.name} — ${merge.why} (${merge.rule})`);
  return lines.join('\n');
}
