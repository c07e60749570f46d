package org.landscape.practice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A transfer already done, kept by its idempotency key with the answer it got. */
@Entity
@Table(name = "transfer_request")
public class TransferRequest {

  @Id
  @Column(name = "idempotency_key")
  public String idempotencyKey;

  @Column(name = "practice_code", nullable = false)
  public String practiceCode;

  @Column(name = "request_hash", nullable = false)
  public String requestHash;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public String response;

  @Column(name = "created_at", nullable = false)
  public OffsetDateTime createdAt;
}
