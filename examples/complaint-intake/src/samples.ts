// SAMPLE DATA: fictional messages written for this example. Names, phone numbers and the NIK are
// made up (valid in shape only); the places are real KSB desa with their Kemendagri codes.
import type { Location, SmsPart, SocialPost } from '@opengov-id/care';

/** What the intake officer decides when reviewing a draft: the category, and a place when the message gave none. */
export interface Review {
  readonly category: string;
  readonly subcategory?: string;
  readonly location?: Location;
}

/** One incoming message: an SMS from the gateway or a captured social-media post, with its review. */
export type IncomingMessage =
  | {
      readonly kind: 'sms';
      /** The gateway's own message id: the outbox's idempotency key derives from it. */
      readonly gatewayId: string;
      readonly parts: readonly SmsPart[];
      readonly receivedAt: string;
      readonly review: Review;
    }
  | { readonly kind: 'post'; readonly post: SocialPost; readonly review: Review };

/** The NIK and the phone number written inside message `sms-0003`: they must never appear in output. */
export const SECRETS_IN_TEXT = ['5207024507050001', '0812-3456-7801', '081234567801'] as const;

/** The SMS senders' numbers: personal data, printed only masked. */
export const SENDERS = ['+6281234567890', '+6285239001122', '+6281907654321', '+6282144556677'] as const;

/** Eight sample messages from Kabupaten Sumbawa Barat (KSB), received in 2026. */
export const SAMPLE_MESSAGES: readonly IncomingMessage[] = [
  {
    kind: 'sms',
    gatewayId: 'sms-0001',
    parts: [
      {
        from: '+6281234567890',
        text: 'LAPOR Lampu jalan di Jalan Raya Labuhan Lalar padam sudah seminggu, malam gelap sekali #5207022001',
      },
    ],
    // Tuesday before the Nyepi and Idulfitri days off (18–24 March).
    receivedAt: '2026-03-17T10:00:00+08:00',
    review: { category: 'infrastruktur', subcategory: 'penerangan_jalan' },
  },
  {
    kind: 'sms',
    gatewayId: 'sms-0002',
    parts: [
      {
        from: '+6285239001122',
        text: 'ADUAN Air PDAM mati 3 hari di Desa Tongo, warga terpaksa beli air galon. LOK 52.07.04.2003',
      },
    ],
    // Friday before cuti bersama Imlek (Monday 16 February) and Imlek (17 February).
    receivedAt: '2026-02-13T15:20:00+08:00',
    review: { category: 'infrastruktur', subcategory: 'air_bersih' },
  },
  {
    kind: 'sms',
    gatewayId: 'sms-0003',
    parts: [
      {
        from: '+6281907654321',
        text: 'ADUAN KTP-el saya belum jadi sejak Januari, NIK 5207024507050001, mohon dibantu. Hubungi 0812-3456-7801 #52.07.02',
      },
    ],
    // Wednesday before Kenaikan Isa Almasih (14 May) and its cuti bersama (15 May).
    receivedAt: '2026-05-13T09:00:00+08:00',
    review: { category: 'administrasi_kependudukan', subcategory: 'ktp_el' },
  },
  {
    kind: 'sms',
    gatewayId: 'sms-0004',
    parts: [
      {
        from: '+6282144556677',
        text: 'ASPIRASI Mohon dibangun posyandu baru di dusun kami di Desa Mantar, ibu-ibu harus jalan jauh ke desa sebelah.',
      },
    ],
    receivedAt: '2026-03-16T08:30:00+08:00',
    // The SMS names the desa but carries no code: the officer adds it.
    review: { category: 'kesehatan', location: { regionCode: '52.07.06.2002' } },
  },
  {
    kind: 'sms',
    gatewayId: 'sms-0005',
    // A concatenated SMS arrives in two parts, out of order, cut mid-word.
    parts: [
      {
        from: '+6281234567890',
        seq: 2,
        total: 2,
        text: 'n surat keterangan usaha di kantor desa. #5207082002',
      },
      {
        from: '+6281234567890',
        seq: 1,
        total: 2,
        text: 'WBS Ada pungutan Rp50.000 tanpa kuitansi untuk pengurusa',
      },
    ],
    // Tuesday evening before Iduladha (27 May), its cuti bersama (28 May) and Hari Lahir Pancasila (1 June).
    receivedAt: '2026-05-26T20:15:00+08:00',
    review: { category: 'integritas', subcategory: 'pungli' },
  },
  {
    kind: 'post',
    post: {
      platform: 'facebook',
      postId: '100094412345_877001',
      handle: 'warga.sekongkang',
      url: 'https://www.facebook.com/100094412345/posts/877001',
      text: '#lapor Jalan ke Sekongkang rusak parah, banyak lubang besar sesudah hujan, motor sering jatuh malam hari. @ntbcare',
      // Captured on Nyepi (a libur nasional): the clock starts on the day it came in.
      capturedAt: '2026-03-19T07:45:00+08:00',
    },
    review: { category: 'infrastruktur', subcategory: 'jalan', location: { regionCode: '52.07.04' } },
  },
  {
    kind: 'post',
    post: {
      platform: 'x',
      postId: '1871200456789012345',
      handle: 'pemuda_seteluk',
      url: 'https://x.com/pemuda_seteluk/status/1871200456789012345',
      text: '@LAPOR1708 Sampah menumpuk di pasar Seteluk sudah dua minggu tidak diangkut, baunya sampai ke rumah warga #5207032005',
      // Wednesday before cuti bersama Natal (24 December) and Natal (25 December).
      capturedAt: '2026-12-23T11:00:00+08:00',
    },
    review: { category: 'lingkungan', subcategory: 'sampah' },
  },
  {
    kind: 'post',
    post: {
      platform: 'instagram',
      postId: 'C9xK2LmPq7R',
      handle: 'ibu.lamuntet',
      text: 'Puskesmas di Brang Rea sudah tutup jam 12 siang padahal jadwalnya sampai jam 14. #lapor @52.07.05.2006',
      // Friday before Hari Kemerdekaan (Monday 17 August).
      capturedAt: '2026-08-14T13:30:00+08:00',
    },
    review: { category: 'kesehatan', subcategory: 'puskesmas' },
  },
];
