package org.mailroom.testing;

/** The two databases a workspace can live in: a folder's embedded H2 file, or a team's PostgreSQL server. */
public enum Backend {
    H2,
    POSTGRESQL
}
