package org.landscape.common.changefeed;

/** What happened to a record. */
public enum ChangeType {
  CREATED,
  UPDATED,
  DELETED
}
