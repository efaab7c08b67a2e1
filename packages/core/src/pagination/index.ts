export {
  type CursorPaginatorOptions,
  cursorPaginator,
  MAX_TO_ARRAY_LIMIT,
  type OffsetPaginatorOptions,
  offsetPaginator,
  type PagePaginatorOptions,
  type Paginated,
  type PaginateOptions,
  pagePaginator,
  paginate,
  type ToArrayOptions,
} from './paginate.js';
