// A data table: a caption for screen readers, column headings, a row per item, and a line when there are none.
import type { ReactNode } from 'react';

export interface DataTableProps<T> {
  caption: string;
  /** Column headings; `false` leaves a column out. */
  columns: readonly (string | false)[];
  items: readonly T[];
  /** One `<tr>` with its key. */
  row(item: T): ReactNode;
  loading: boolean;
  /** Shown in place of the rows when, once loaded, there are none. */
  empty?: string;
}

export function DataTable<T>({ caption, columns, items, row, loading, empty }: DataTableProps<T>) {
  const headings = columns.filter((c) => c !== false);
  return (
    <div className="table-wrap">
      <table aria-busy={loading}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {headings.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {empty !== undefined && items.length === 0 && !loading ? (
            <tr>
              <td colSpan={headings.length}>{empty}</td>
            </tr>
          ) : (
            items.map((item) => row(item))
          )}
        </tbody>
      </table>
    </div>
  );
}
