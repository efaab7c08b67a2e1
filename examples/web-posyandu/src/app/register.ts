// The kader's register: their posyandu, its children under five and each child's earlier
// weighings, read from the posyandu API while online and kept on the device (localStorage) so the
// page still has them when it is opened again without a connection to the API.
import { NotFoundError, OpenGovError } from '@opengov-id/core';
import { completedMonths } from '@opengov-id/posyandu';
import type { Person, Posyandu, PosyanduClient } from '@opengov-id/posyandu/contract';

/** A weighing already recorded at the server, for the growth chart. */
export interface Weighing {
  readonly date: string;
  readonly weightKg: number;
}

/**
 * A child of the register. Only what the page needs is kept on the device (no NIK, no phone,
 * no address): UU 27/2022 asks for no more personal data than the purpose needs.
 */
export interface RegisterChild extends Pick<Person, 'id' | 'householdId' | 'name' | 'sex' | 'birthDate'> {
  /** Earlier weighings, oldest first. */
  readonly history: readonly Weighing[];
}

export interface Register {
  readonly posyandu: Posyandu;
  /** Children under five on the day the register was read, by name. */
  readonly children: readonly RegisterChild[];
  /** When it was read from the API (ISO 8601). */
  readonly loadedAt: string;
}

const PAGE = 100; // the contract's largest page

/** Every item of a paged list route. */
async function allPages<T>(read: (page: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const answer = await read(page);
    items.push(...answer.items);
    if (answer.items.length === 0 || items.length >= answer.total) return items;
  }
}

/**
 * The kader's posyandu: the first one whose households the token may read. The server answers
 * 404 for every other posyandu's households (a kader token reaches only its own posyandu).
 */
async function kaderPosyandu(api: PosyanduClient): Promise<Posyandu> {
  for (let page = 1; ; page++) {
    const { items, total } = await api.listPosyandu({ query: { page, limit: PAGE } });
    for (const posyandu of items) {
      try {
        await api.listHouseholds({ params: { posyanduId: posyandu.id }, query: { limit: 1 } });
        return posyandu;
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    if (items.length === 0 || page * PAGE >= total)
      throw new OpenGovError('This token reaches no posyandu of the API.', {
        code: 'no_posyandu',
        messages: {
          id: 'Token ini tidak terhubung ke posyandu mana pun di API.',
          en: 'This token reaches no posyandu of the API.',
        },
      });
  }
}

/**
 * Reads the register from the API: the kader's posyandu, its households, their people under
 * five on `today`, and each child's weighings.
 */
export async function loadRegister(api: PosyanduClient, today: string): Promise<Register> {
  const posyandu = await kaderPosyandu(api);
  const households = await allPages((page) =>
    api.listHouseholds({ params: { posyanduId: posyandu.id }, query: { page, limit: PAGE } }),
  );
  const people = (
    await Promise.all(households.map((hh) => api.listPeople({ params: { householdId: hh.id } })))
  ).flatMap((answer) => answer.items);
  const underFive = people.filter((p) => p.birthDate <= today && completedMonths(p.birthDate, today) < 60);
  const children = await Promise.all(
    underFive.map(async ({ id, householdId, name, sex, birthDate }): Promise<RegisterChild> => {
      const visits = await allPages((page) =>
        api.listVisits({ params: { personId: id }, query: { page, limit: PAGE } }),
      );
      const history = visits.flatMap(({ date, measurements: { weightKg } }) =>
        weightKg === undefined ? [] : [{ date, weightKg }],
      );
      return { id, householdId, name, sex, birthDate, history };
    }),
  );
  children.sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return { posyandu, children, loadedAt: new Date().toISOString() };
}

/** The register kept on this device for an API, if any. */
export function savedRegister(storage: Storage, key: string): Register | undefined {
  const text = storage.getItem(key);
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as Register;
  } catch {
    return undefined; // a damaged copy is as good as none: the next online start rewrites it
  }
}

export function saveRegister(storage: Storage, key: string, register: Register): void {
  storage.setItem(key, JSON.stringify(register));
}
