import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Which claim a public review is linked to, from the read model. */
@Injectable()
export class LinkedClaimsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The claim linked to the review `key` (`<platform>:<reviewId>`): by the read model, or
   * `ownClaimId`, the claim this review itself opened, once its number is allocated.
   */
  async find(key: string, ownClaimId: string): Promise<{ id: string; number: string } | null> {
    const [row] = await this.db.query(
      `SELECT c.id, c.number FROM claims c WHERE c.review_key = $1
       UNION ALL SELECT n.claim_id, n.number FROM claim_numbers n WHERE n.claim_id = $2 AND n.number <> 'pending'
       LIMIT 1`,
      [key, ownClaimId],
    );
    return row ? { id: row.id, number: row.number } : null;
  }
}
