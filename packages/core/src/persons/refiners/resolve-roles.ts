import type { Candidate, EntityDraft, PersonRefiner, PersonState, RoleInfo } from '../candidate.js';
import type { PersonLexicon } from '../lexicon.js';
import { countriesOf } from './cluster-entities.js';

/** True when role `r` holds the office `office` (وزير الدولة is a وزير). */
function holds(r: RoleInfo, office: string): boolean {
  return !r.counterpart && r.office !== null && (r.office === office || r.office.startsWith(`${office} `));
}

/**
 * True when the entity has a role that `m` describes: same office, complement words and countries.
 *
 * @example
 * ```ts
 * // the entity named 'وزير دفاع قطر خالد العطية', and the role of 'وزير الدفاع القطري'
 * fits(attiyah, { office: 'وزير', keys: ['دفاع'], countries: ['QA'], … }) //=> true
 * ```
 */
export function fits(entity: EntityDraft, m: RoleInfo): boolean {
  if (m.office === null) return false;
  const office = m.office;
  if (!m.countries.every((c) => entity.countries.includes(c))) return false;
  return entity.roles.some((r) => holds(r, office) && m.keys.every((k) => r.keys.includes(k)));
}

/** The office role of an entity that best describes it: one with complement words first. */
function officeRole(entity: EntityDraft): RoleInfo | null {
  const roles = entity.roles.filter((r) => !r.counterpart && r.office !== null && !r.descriptor);
  return roles.find((r) => r.keys.length > 0) ?? roles[0] ?? null;
}

/** The first person named in the sentence before `at` who holds an office: the subject for نظيره. */
function subjectOf(state: PersonState, sentence: number, at: number): number | null {
  for (const c of state.candidates) {
    if (c.sentence !== sentence || c.start >= at) continue;
    if (c.kind !== 'name' && c.kind !== 'role') continue;
    const e = c.entities[0];
    if (e === undefined || c.entities.length !== 1) continue;
    if (officeRole(state.entities[e] as EntityDraft)) return e;
  }
  return null;
}

function withRole(lex: PersonLexicon, entity: EntityDraft, role: RoleInfo): EntityDraft {
  const roles = [...entity.roles, role];
  return { ...entity, roles, countries: countriesOf(roles, entity.known, lex) };
}

/**
 * Gives a person named after نظيره the office of the sentence's subject (`وزيرا الدفاع التركي
 * خلوصي أكار، ونظيره القطري خالد بن محمد العطية` makes العطية a وزير الدفاع, of QA).
 */
export const resolveCounterparts: PersonRefiner = {
  name: 'resolve-counterparts',
  refine(state, context) {
    const entities = [...state.entities];
    for (const c of state.candidates) {
      if (c.kind !== 'name' || !c.roleInfo?.counterpart || c.entities.length !== 1) continue;
      const e = c.entities[0] as number;
      const subject = subjectOf({ ...state, entities }, c.sentence, c.start);
      if (subject === null || subject === e) continue;
      const role = officeRole(entities[subject] as EntityDraft);
      if (!role) continue;
      const derived: RoleInfo = {
        ...role,
        text: '',
        countries: c.roleInfo.countries,
        countryOrder: c.roleInfo.countries,
      };
      entities[e] = withRole(context.lexicon, entities[e] as EntityDraft, derived);
    }
    return { ...state, entities };
  },
};

/**
 * Resolves role mentions without a name (rule `persons/role`) to the one person of the article
 * the role fits: `وزير الدفاع القطري` → the person named with `وزير دفاع قطر`; `نظيره القطري` → the
 * person with the subject's office and that country. No mention when none or several fit.
 */
export const resolveRoleMentions: PersonRefiner = {
  name: 'resolve-role-mentions',
  refine(state) {
    // In text order, so that a role resolved first can be the subject of a later نظيره.
    const candidates = [...state.candidates];
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i] as Candidate;
      if (c.kind !== 'role' || !c.roleInfo) continue;
      const m = c.roleInfo;
      const now: PersonState = { ...state, candidates };
      let found: number[];
      if (m.counterpart) {
        const subject = subjectOf(now, c.sentence, c.start);
        const role = subject === null ? null : officeRole(state.entities[subject] as EntityDraft);
        if (subject === null || !role) continue;
        const wanted: RoleInfo = { ...role, countries: m.countries };
        found = state.entities.flatMap((e, k) => (k !== subject && fits(e, wanted) ? [k] : []));
      } else {
        found = state.entities.flatMap((e, k) => (fits(e, m) ? [k] : []));
      }
      if (found.length === 1) candidates[i] = { ...c, entities: found };
    }
    return { ...state, candidates };
  },
};
