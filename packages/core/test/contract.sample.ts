// A small complaints API in the shape of NTB Care, shared by the contract tests.
import * as z from 'zod';
import { defineContract } from '../src/index.js';

export const BASE_URL = 'https://care.test/api/v1';

export const Category = z.enum(['infrastruktur', 'layanan_publik', 'kesehatan', 'pendidikan']);
export const ComplaintStatus = z.enum(['baru', 'diproses', 'selesai']);

export const Complaint = z.object({
  id: z.string(),
  title: z.string().min(5).max(200),
  description: z.string().max(5000),
  category: Category,
  status: ComplaintStatus,
  /** Kemendagri region code (Permendagri 58/2021 format): province, regency, kecamatan, desa. */
  regionCode: z.string().regex(/^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Complaint = z.output<typeof Complaint>;

export const NewComplaint = Complaint.pick({
  title: true,
  description: true,
  category: true,
  regionCode: true,
}).extend({ anonymous: z.boolean().default(false) });

export const Problem = z.object({
  code: z.string(),
  message: z.object({ id: z.string(), en: z.string() }),
});

const ById = z.object({ id: z.string().min(1).describe('Complaint number, e.g. ADU-2025-0001') });

export const careContract = defineContract({
  listComplaints: {
    method: 'GET',
    path: '/complaints',
    summary: 'List complaints',
    tags: ['complaints'],
    query: z.object({
      page: z.number().int().min(1).default(1),
      limit: z.number().int().min(1).max(100).default(20),
      status: ComplaintStatus.optional(),
      category: z.array(Category).optional(),
      mine: z.boolean().optional(),
    }),
    responses: {
      200: z.object({ items: z.array(Complaint), page: z.number().int(), total: z.number().int() }),
    },
  },
  getComplaint: {
    method: 'GET',
    path: '/complaints/:id',
    summary: 'Get one complaint',
    tags: ['complaints'],
    params: ById,
    responses: { 200: Complaint },
    errors: { 404: Problem },
  },
  createComplaint: {
    method: 'POST',
    path: '/complaints',
    summary: 'File a complaint',
    description: 'A retry with the same Idempotency-Key returns the first complaint with 200.',
    tags: ['complaints'],
    body: NewComplaint,
    idempotent: true,
    responses: { 201: Complaint, 200: Complaint },
    errors: { 409: Problem },
  },
  updateStatus: {
    method: 'PATCH',
    path: '/complaints/:id/status',
    tags: ['complaints', 'officers'],
    params: ById,
    headers: z.object({ 'if-match': z.string().optional() }),
    body: z.object({ status: ComplaintStatus, note: z.string().max(500).optional() }),
    responses: { 200: Complaint },
    errors: { 404: Problem, 412: Problem },
  },
  deleteComplaint: {
    method: 'DELETE',
    path: '/complaints/:id',
    params: ById,
    responses: { 204: null },
    errors: { 404: Problem },
  },
});

export type CareContract = typeof careContract;
