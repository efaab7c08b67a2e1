// Shared test builders: a valid report and the actors of the LAPOR! flow.
import { type Actor, Report, type ReportInput } from '../src/index.js';

export const NIK = '5207024507050001';
export const PHONE = '081234567890';
export const EMAIL = 'baiq.nurul@example.id';
export const NAME = 'Baiq Nurul Hidayati';

export const admin: Actor = { role: 'admin', id: 'admin-ntb' };
export const pupr: Actor = { role: 'penghubung', id: 'penghubung-pupr', organizationId: 'dinas-pupr-ksb' };
export const otherOpd: Actor = { role: 'penghubung', id: 'penghubung-dikbud', organizationId: 'dikbud-ksb' };
export const reporter: Actor = { role: 'pelapor', id: 'warga-1' };
export const system: Actor = { role: 'sistem', id: 'timer' };

export const PUPR = {
  organizationId: 'dinas-pupr-ksb',
  organizationName: 'Dinas PUPR KSB',
  kind: 'opd',
} as const;

export function sampleReport(overrides: Partial<ReportInput> = {}): Report {
  return Report.parse({
    id: 'NTB-2026-000123',
    type: 'layanan_publik',
    classification: 'pengaduan',
    channel: 'app',
    title: 'Lampu jalan padam',
    description: 'Lampu jalan di depan SDN 1 Taliwang padam sejak seminggu lalu.',
    category: 'infrastruktur',
    subcategory: 'penerangan_jalan',
    location: {
      regionCode: '5207022001',
      address: 'Jl. Undru, Taliwang',
      coordinates: { lat: -8.74, lon: 116.83 },
    },
    reporter: { name: NAME, nik: NIK, phone: PHONE, email: EMAIL, userId: 'warga-1' },
    receivedAt: '2026-03-02T08:15:00+08:00',
    ...overrides,
  });
}
