import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { respondWithPeople } from '../autocomplete/person.js';
import { KIND_LABELS, personLabel } from '../render/meeting-lines.js';
import type { Command } from './command.js';
import { personOption, personQuery } from './options.js';

const input = z.object({ a: personQuery, b: personQuery });

/** `/when a: b:` — only the dates two people met. */
export const when = {
  data: new SlashCommandBuilder()
    .setName('when')
    .setDescription('The dates two people met · متى التقى شخصان')
    .addStringOption(personOption('a', 'One person', 'الشخص الأول'))
    .addStringOption(personOption('b', 'The other person', 'الشخص الثاني')),
  input,
  positional: ['a', 'b'],
  help: '/when a: b: — متى التقى شخصان · the dates two people met',
  async run({ a, b }, { corpus }) {
    const dates = await corpus.when(a, b);
    const [first] = await corpus.person(a, { limit: 1 });
    const [second] = await corpus.person(b, { limit: 1 });
    const names = [first, second].map((m) => (m ? personLabel(m.person) : '?')).join(' و ');
    return {
      title: `متى التقى ${names}`,
      summary: dates.length === 0 ? 'لم يلتقيا في المدونة · They never met in the corpus' : undefined,
      items: dates.map((d) => ({
        heading: d.date ?? 'تاريخ غير معروف',
        lines: [[KIND_LABELS[d.kind], d.place, `${d.sources} مصادر`].filter(Boolean).join(' · ')],
      })),
    };
  },
  async autocomplete(interaction, { corpus }) {
    await respondWithPeople(interaction, corpus);
  },
} satisfies Command<z.infer<typeof input>>;
