/**
 * A field the target format cannot hold (or the source had and the model has no place for),
 * reported instead of dropped silently.
 */
export interface LostField {
  /** Dotted path in the source (`distributions[0].byteSize`, `extras.spatial`). */
  readonly field: string;
  /** Why it was not carried over. */
  readonly reason: string;
}

/**
 * What a mapping returns: the mapped value and what could not be carried over.
 *
 * @example
 * ```ts
 * declare const dataset: Dataset;
 * const { value, lost } = toDcatUs(dataset, { extensions: false });
 * for (const l of lost) console.warn(`${l.field}: ${l.reason}`);
 * ```
 */
export interface MappingResult<T> {
  /** The mapped value. */
  readonly value: T;
  /** Fields that could not be carried over, in source order. */
  readonly lost: readonly LostField[];
}

/** Options shared by the mappings to DCAT-AP and DCAT-US. */
export interface ExtensionOptions {
  /**
   * Carry the Satu Data fields that the standard has no property for (Walidata, Pembina Data,
   * Standar Data, Kode Referensi, Data Induk, CKAN name and extras, ...) under the SDK's extension
   * namespace, so a round trip loses nothing. With `false` they are left out and listed in
   * `lost`. Default `true`.
   */
  extensions?: boolean;
}
