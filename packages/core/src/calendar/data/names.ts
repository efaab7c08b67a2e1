import type { HolidayKind, HolidayYear } from '../holidays.js';

/*
 * The holiday names, once for every year: `[Indonesian, English]`, as the SKB writes them,
 * with `#` where a year's number goes (Masehi, Kongzili, Saka, BE or Hijriah).
 */
const NAMES: Readonly<Record<string, readonly [id: string, en: string]>> = {
  tahun_baru: ['Tahun Baru # Masehi', "New Year's Day #"],
  isra_mikraj: ['Isra Mikraj Nabi Muhammad SAW', "Isra Mi'raj of the Prophet Muhammad"],
  imlek: ['Tahun Baru Imlek # Kongzili', 'Chinese New Year # Kongzili'],
  nyepi: ['Hari Suci Nyepi Tahun Baru Saka #', 'Day of Silence (Nyepi), Saka New Year #'],
  wafat: ['Wafat Yesus Kristus', 'Good Friday (Death of Jesus Christ)'],
  paskah: ['Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday'],
  idulfitri: ['Hari Raya Idulfitri # Hijriah', 'Eid al-Fitr # AH'],
  buruh: ['Hari Buruh Internasional', 'International Labour Day'],
  kenaikan: ['Kenaikan Yesus Kristus', 'Ascension of Jesus Christ'],
  waisak: ['Hari Raya Waisak # BE', 'Vesak Day # BE'],
  pancasila: ['Hari Lahir Pancasila', 'Pancasila Day'],
  iduladha: ['Hari Raya Iduladha # Hijriah', 'Eid al-Adha # AH'],
  tahun_baru_islam: ['Tahun Baru Islam # Hijriah', 'Islamic New Year # AH'],
  kemerdekaan: ['Hari Kemerdekaan Republik Indonesia', 'Independence Day'],
  maulid: ['Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday"],
  natal: ['Kelahiran Yesus Kristus (Natal)', 'Christmas Day'],
  pemilu: ['Hari Pemungutan Suara Pemilihan Umum #', 'Voting day of the # general election'],
  pilkada: ['Hari Pemungutan Suara Pemilihan Serentak #', 'Voting day of the # regional elections'],
};

const KINDS: Readonly<Record<string, HolidayKind>> = { cuti: 'cuti_bersama', keppres: 'keppres_khusus' };

const TOKEN = /^(?:(cuti|keppres):)?(\w+)(?:#(\d+))?(?:@(\d))?$/;

/**
 * Expands one year of the compact table. `days` lists the dates as `MM-DD`; `names` has one
 * token per date, `[cuti:|keppres:]key[#number][@decree]`: no prefix is a libur nasional,
 * `cuti:` the cuti bersama named after that holiday, `keppres:` a Keppres day off; `@n` picks
 * `decrees[n]` (default the first, the SKB).
 */
export function decodeYear(
  year: number,
  days: string,
  names: string,
  decrees: readonly string[],
  sources: readonly string[],
): HolidayYear {
  const tokens = names.split(' ');
  return {
    year,
    decrees: [...decrees],
    sources: [...sources],
    entries: days.split(' ').map((day, i) => {
      const [, prefix = '', key = '', number = '', decree = '0'] = TOKEN.exec(tokens[i] ?? '') ?? [];
      const [id = '', en = ''] = NAMES[key] ?? [];
      const name = { id: id.replace('#', number), en: en.replace('#', number) };
      return {
        date: `${year}-${day}`,
        name:
          prefix === 'cuti' ? { id: `Cuti Bersama ${name.id}`, en: `Collective leave for ${name.en}` } : name,
        kind: KINDS[prefix] ?? 'libur_nasional',
        decree: decrees[Number(decree)] ?? '',
      };
    }),
  };
}
