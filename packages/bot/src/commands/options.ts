import type { SlashCommandOptionsOnlyBuilder, SlashCommandStringOption } from 'discord.js';
import { z } from 'zod';

/** Option helpers shared by the commands: person names with autocomplete, date filters, kinds. */

export const personQuery = z
  .string({ error: 'give a name' })
  .trim()
  .min(1, 'give a name')
  .max(200, 'a name is at most 200 characters');

const RANGE_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
export const dateFilter = z.string().trim().regex(RANGE_DATE, 'a date is YYYY, YYYY-MM or YYYY-MM-DD').optional();
export const kindFilter = z.enum(['meeting', 'reception', 'talks', 'visit', 'call']).optional();

/** A required person option with autocomplete. */
export function personOption(name: string, en: string, ar: string) {
  return (option: SlashCommandStringOption) =>
    option
      .setName(name)
      // Discord has no Arabic locale, so the description carries both languages.
      .setDescription(`${en} · ${ar}`.slice(0, 100))
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(200);
}

/** The `from`, `to` and `kind` filters. */
export function addFilters(builder: SlashCommandOptionsOnlyBuilder): SlashCommandOptionsOnlyBuilder {
  return builder
    .addStringOption((o) => o.setName('from').setDescription('First date kept: YYYY, YYYY-MM or YYYY-MM-DD · من تاريخ'))
    .addStringOption((o) => o.setName('to').setDescription('Last date kept: YYYY, YYYY-MM or YYYY-MM-DD · إلى تاريخ'))
    .addStringOption((o) =>
      o
        .setName('kind')
        .setDescription('Only meetings of this kind · نوع اللقاء')
        .addChoices(
          { name: 'meeting · لقاء', value: 'meeting' },
          { name: 'reception · استقبال', value: 'reception' },
          { name: 'talks · مباحثات', value: 'talks' },
          { name: 'visit · زيارة', value: 'visit' },
          { name: 'call · اتصال', value: 'call' },
        ),
    );
}
