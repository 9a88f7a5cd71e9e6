import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Reads rows of one entity's table with plain SQL, shaped like the entity (columns aliased to
 * its property names), for the mappers. The hot paths (dispatch, start, every create) read often,
 * and TypeORM's query building and entity hydration cost more CPU than the query. JSON columns
 * arrive as text (jsonStrings) and are parsed here, once, as TypeORM would.
 */
export class EntityRows<E extends ObjectLiteral> {
  private readonly select: string;
  private readonly jsonFields: string[];

  constructor(
    private readonly db: DataSource,
    entity: EntityTarget<E>,
  ) {
    const metadata = db.getMetadata(entity);
    this.select = `SELECT ${metadata.columns.map((c) => `${c.databaseName} AS ${c.propertyName}`).join(', ')} FROM ${metadata.tableName}`;
    this.jsonFields = metadata.columns.filter((c) => c.type === 'json').map((c) => c.propertyName);
  }

  /** Rows matching `condition` (SQL after WHERE, with ? placeholders), in the order it gives. */
  async where(condition: string, params: readonly unknown[]): Promise<E[]> {
    const rows: Record<string, unknown>[] = await this.db.query(`${this.select} WHERE ${condition}`, [...params]);
    for (const row of rows) {
      for (const field of this.jsonFields) if (typeof row[field] === 'string') row[field] = JSON.parse(row[field] as string);
    }
    return rows as E[];
  }

  /** Every row, sorted by `column`. */
  all(orderByColumn: string): Promise<E[]> {
    return this.where(`TRUE ORDER BY ${orderByColumn}`, []);
  }

  /** Rows whose `column` is one of `values`; none for no values. */
  whereIn(column: string, values: readonly unknown[]): Promise<E[]> {
    if (values.length === 0) return Promise.resolve([]);
    return this.where(`${column} IN (${values.map(() => '?').join(', ')})`, values);
  }
}
