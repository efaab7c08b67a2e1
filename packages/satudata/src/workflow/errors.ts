import { OpenGovError } from '@opengov-id/core';
import type { SatuDataRole, WorkflowAction, WorkflowState } from './states.js';
import { ROLE_LABELS, WORKFLOW_ACTION_LABELS, WORKFLOW_STATE_LABELS } from './states.js';

/**
 * The action cannot be taken from the entry's current state (e.g. publishing what the walidata
 * has not approved).
 *
 * @example
 * ```ts
 * declare const entry: DaftarDataEntry; // still planned
 * try {
 *   transition(entry, 'publish', { actor: { role: 'walidata' }, at: '2025-03-31T10:00:00+08:00' });
 * } catch (error) {
 *   if (error instanceof WorkflowTransitionError) console.log(error.state, error.action);
 * }
 * ```
 */
export class WorkflowTransitionError extends OpenGovError {
  override readonly name: string = 'WorkflowTransitionError';
  /** The state the entry was in. */
  readonly state: WorkflowState;
  /** The action that was refused. */
  readonly action: WorkflowAction;

  constructor(state: WorkflowState, action: WorkflowAction) {
    const a = WORKFLOW_ACTION_LABELS[action];
    const s = WORKFLOW_STATE_LABELS[state];
    super(`Cannot ${a.en.toLowerCase()} a dataset that is ${s.en.toLowerCase()}.`, {
      code: 'workflow_invalid_transition',
      messages: {
        id: `Tidak dapat ${a.id.toLowerCase()} data yang berstatus ${s.id.toLowerCase()}.`,
        en: `Cannot ${a.en.toLowerCase()} a dataset that is ${s.en.toLowerCase()}.`,
      },
    });
    this.state = state;
    this.action = action;
  }

  protected override details(): Record<string, unknown> {
    return { state: this.state, action: this.action };
  }
}

/**
 * The actor's role (or organization) may not take this action: only the Produsen Data submits
 * its own data, only the Walidata approves, returns and publishes, only the Pembina Data
 * re-checks Data Prioritas.
 *
 * @example
 * ```ts
 * declare const error: unknown; // caught from transition()
 * if (error instanceof WorkflowPermissionError) console.log(error.role, error.action);
 * ```
 */
export class WorkflowPermissionError extends OpenGovError {
  override readonly name: string = 'WorkflowPermissionError';
  /** The actor's role. */
  readonly role: SatuDataRole;
  /** The action that was refused. */
  readonly action: WorkflowAction;

  constructor(role: SatuDataRole, action: WorkflowAction, reason: 'role' | 'organization') {
    const r = ROLE_LABELS[role];
    const a = WORKFLOW_ACTION_LABELS[action];
    const messages =
      reason === 'role'
        ? {
            id: `${r.id} tidak berwenang untuk ${a.id.toLowerCase()} data ini.`,
            en: `A ${r.en.toLowerCase()} may not ${a.en.toLowerCase()} this dataset.`,
          }
        : {
            id: `Hanya Produsen Data pemilik data ini yang dapat ${a.id.toLowerCase()}.`,
            en: `Only the data producer that owns this dataset may ${a.en.toLowerCase()} it.`,
          };
    super(messages.en, { code: 'workflow_forbidden', messages });
    this.role = role;
    this.action = action;
  }

  protected override details(): Record<string, unknown> {
    return { role: this.role, action: this.action };
  }
}
