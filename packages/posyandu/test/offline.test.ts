import { NetworkError, ValidationError } from '@opengov-id/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  createFieldRecord,
  type FieldRecord,
  markSyncConflict,
  markSynced,
  markSyncFailed,
  markSyncing,
  parseFieldRecord,
  reviseFieldRecord,
  SyncTransitionError,
} from '../src/index.js';

const Weighing = z.strictObject({ childLocalId: z.string(), date: z.string(), weightKg: z.number() });
type Weighing = z.output<typeof Weighing>;
const payload: Weighing = { childLocalId: 'c1', date: '2026-03-16', weightKg: 8.4 };
const at = (t: string) => ({ now: `2026-03-16T${t}:00+08:00` });

describe('field records (offline first)', () => {
  it('a new record: local UUID, revision 1, idempotency key, pending', () => {
    const r = createFieldRecord(
      { kind: 'weighing', posyanduId: 'posyandu-melati-1', recordedBy: 'kader-07', payload },
      at('09:00'),
    );
    expect(r.localId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(r.idempotencyKey).toBe(`${r.localId}.1`);
    expect(r).toMatchObject({
      revision: 1,
      createdAt: '2026-03-16T09:00:00+08:00',
      sync: { status: 'pending', attempts: 0 },
    });
    const other = createFieldRecord({ kind: 'weighing', posyanduId: 'p', payload });
    expect(other.localId).not.toBe(r.localId);
  });

  it('pending → syncing → failed → syncing → synced; retries keep the idempotency key', () => {
    const r0 = createFieldRecord(
      { kind: 'weighing', posyanduId: 'p', payload },
      { ...at('09:00'), newId: () => 'L1' },
    );
    const r1 = markSyncing(r0, at('09:01'));
    const r2 = markSyncFailed(r1, new NetworkError('offline 081234567890'), at('09:02'));
    expect(r2.sync).toMatchObject({ status: 'failed', attempts: 1, failure: { code: 'network_error' } });
    expect(JSON.stringify(r2)).not.toContain('081234567890');
    const r3 = markSyncing(r2, at('10:00'));
    const r4 = markSynced(r3, 'srv-4711', at('10:01'));
    expect(r4.sync).toEqual({
      status: 'synced',
      attempts: 2,
      lastAttemptAt: '2026-03-16T10:00:00+08:00',
      serverId: 'srv-4711',
      failure: null,
    });
    expect([r0, r1, r2, r3, r4].map((r) => r.idempotencyKey)).toEqual(Array(5).fill('L1.1'));
    expect(markSyncFailed(markSyncing(r0), new Error('NIK 5207024507050001')).sync.failure).toEqual({
      code: 'unknown',
      messages: null,
    });
  });

  it('an edit is a new revision with a new key; refused while syncing', () => {
    const synced = markSynced(
      markSyncing(createFieldRecord({ kind: 'weighing', posyanduId: 'p', payload }, { newId: () => 'L2' })),
      's1',
    );
    const revised = reviseFieldRecord(synced, { ...payload, weightKg: 8.5 });
    expect(revised).toMatchObject({
      revision: 2,
      idempotencyKey: 'L2.2',
      sync: { status: 'pending', attempts: 0, serverId: 's1' },
    });
    expect(() => reviseFieldRecord(markSyncing(revised), payload)).toThrow(SyncTransitionError);
    const conflict = markSyncConflict(markSyncing(revised), new Error('409'));
    expect(conflict.sync.status).toBe('conflict');
    expect(() => markSyncing(conflict)).toThrow(SyncTransitionError);
    expect(reviseFieldRecord(conflict, payload).sync.status).toBe('pending');
  });

  it('property: any sequence of transitions either follows the state machine or throws SyncTransitionError', () => {
    const ops = ['syncing', 'synced', 'failed', 'conflict', 'revise'] as const;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ops), { maxLength: 30 }), (sequence) => {
        let r: FieldRecord<Weighing> = createFieldRecord(
          { kind: 'weighing', posyanduId: 'p', payload },
          { newId: () => 'L3' },
        );
        for (const op of sequence) {
          const before = r.sync.status;
          try {
            if (op === 'syncing') r = markSyncing(r);
            else if (op === 'synced') r = markSynced(r, 'srv');
            else if (op === 'failed') r = markSyncFailed(r, new Error('x'));
            else if (op === 'conflict') r = markSyncConflict(r, new Error('x'));
            else r = reviseFieldRecord(r, payload);
          } catch (error) {
            if (!(error instanceof SyncTransitionError)) return false;
            continue;
          }
          const legal =
            (op === 'syncing' && (before === 'pending' || before === 'failed')) ||
            (op !== 'syncing' && op !== 'revise' && before === 'syncing') ||
            (op === 'revise' && before !== 'syncing');
          if (!legal || r.idempotencyKey !== `L3.${r.revision}`) return false;
          parseFieldRecord(JSON.parse(JSON.stringify(r)), Weighing);
        }
        return true;
      }),
      { numRuns: 2_000 },
    );
  });

  it('parseFieldRecord refuses a corrupt stored row, naming the field', () => {
    const r = createFieldRecord({ kind: 'weighing', posyanduId: 'p', payload }, { newId: () => 'L4' });
    expect(parseFieldRecord(JSON.parse(JSON.stringify(r)), Weighing)).toEqual(r);
    expect(() => parseFieldRecord({ ...r, idempotencyKey: 'L4.9' }, Weighing)).toThrow(/idempotencyKey/);
    expect(() => parseFieldRecord({ ...r, payload: { ...payload, weightKg: '8' } }, Weighing)).toThrow(
      /payload\.weightKg/,
    );
    expect(() => createFieldRecord({ kind: 'Weighing', posyanduId: 'p', payload })).toThrow(ValidationError);
  });
});
